#!/usr/bin/env python3
"""
Upload and download throughput of the file capability through the Release host (work-order evidence photos, as a
client sends them), and the host's memory: RSS sampled every 200 ms during each size, and the kernel's peak (VmHWM).
Usage: python3 bench/files/files_bench.py [--store local|s3] [--small-runs 20] [--large-runs 5]
"""
import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "common"))
import bench as b  # noqa: E402  (the cluster, host and RSS sampler of the other suites)

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
DLL = os.path.join(ROOT, "src", "Host.Api", "bin", "Release", "net10.0", "OpsPlatform.Host.Api.dll")
S3RVER_PACKAGE = os.path.join(ROOT, "tests", "Shared.Files.Tests", "s3rver")
MB = 1024 * 1024
LIMIT = 110 * MB  # the upload limit raised for the run, so that 50 MB and 100 MB fit
PNG = bytes([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])


def payload(folder, megabytes):
    """A PNG signature followed by random bytes: accepted as an image, incompressible, and no decoder reads it (no thumbnail)."""
    path = os.path.join(folder, f"payload-{megabytes}mb.png")
    with open(path, "wb") as f:
        f.write(PNG)
        f.write(os.urandom(megabytes * MB - len(PNG)))
    return path


def curl(*args, body_to=os.devnull):
    out = subprocess.run(["curl", "-sS", "-o", body_to, "-w", "%{http_code} %{time_total}", *args],
                         check=True, capture_output=True, text=True).stdout.split()
    return int(out[0]), float(out[1])


class Client:
    def __init__(self, host, token, scratch):
        self.host, self.token, self.scratch = host, token, scratch

    def json(self, method, path, body):
        status, text = self.host.request(method, path, json.dumps(body), self.token)
        if status >= 300:
            raise RuntimeError(f"{method} {path} answered {status}: {text}")
        return json.loads(text)

    def upload(self, path, url):
        response = os.path.join(self.scratch, "response.json")
        status, seconds = curl("-H", f"Authorization: Bearer {self.token}", "-F", f"file=@{path};type=application/octet-stream",
                               self.host.base + url, body_to=response)
        with open(response) as f:
            text = f.read()
        if status != 201:
            raise RuntimeError(f"upload answered {status}: {text}")
        return json.loads(text), seconds

    def download(self, url, expected_length):
        target = os.path.join(self.scratch, "download.bin")
        status, seconds = curl("-H", f"Authorization: Bearer {self.token}", self.host.base + url, body_to=target)
        if status != 200 or os.path.getsize(target) != expected_length:
            raise RuntimeError(f"download answered {status} with {os.path.getsize(target)} bytes")
        os.remove(target)
        return seconds

    def delete(self, url):
        status, text = self.host.request("DELETE", url, token=self.token)
        if status != 204:
            raise RuntimeError(f"DELETE {url} answered {status}: {text}")


def peak_rss_mb(pid):
    with open(f"/proc/{pid}/status") as f:
        for line in f:
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    return None


def start_s3rver(scratch):
    """npm's s3rver (the tests' S3 server) from the committed lock file, with the host's bucket configured."""
    package = os.path.join(scratch, "s3rver")
    shutil.copytree(S3RVER_PACKAGE, package, ignore=shutil.ignore_patterns("node_modules"))
    subprocess.run(["npm", "ci", "--no-audit", "--no-fund", "--silent"], cwd=package, check=True)
    port = b.free_port()
    data = os.path.join(scratch, "s3-data")
    os.makedirs(data)
    process = subprocess.Popen(["node", os.path.join(package, "node_modules", "s3rver", "bin", "s3rver.js"), "-d", data,
                                "-a", "127.0.0.1", "-p", str(port), "--silent", "--configure-bucket", "opsplatform"],
                               start_new_session=True)
    time.sleep(2)
    settings = {"Files__Store": "s3", "Files__S3__ServiceUrl": f"http://127.0.0.1:{port}", "Files__S3__Bucket": "opsplatform",
                "Files__S3__AccessKey": "S3RVER", "Files__S3__SecretKey": "S3RVER"}
    return process, settings


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--store", choices=["local", "s3"], default="local")
    parser.add_argument("--small-runs", type=int, default=20)
    parser.add_argument("--large-runs", type=int, default=5)
    args = parser.parse_args()

    scratch = tempfile.mkdtemp(prefix="ops-files-bench-")
    cluster, host, s3 = b.Cluster(), None, None
    try:
        cluster.start()
        settings = {"Files__MaxUploadBytes": str(LIMIT), "Files__LocalRoot": os.path.join(scratch, "files")}
        if args.store == "s3":
            s3, s3_settings = start_s3rver(scratch)
            settings.update(s3_settings)
        host = b.Host(cluster, settings, scratch, DLL, "files")
        host.start()
        client = Client(host, host.login("manager@ops.local"), scratch)
        equipment = client.json("POST", "/api/maintenance/equipment",
                                {"name": "Rooftop unit", "type": "hvac", "serialNumber": f"SN-{os.urandom(6).hex()}", "location": "Roof"})
        work_order = client.json("POST", "/api/maintenance/work-orders",
                                 {"title": "Files benchmark", "description": "Evidence uploads", "priority": "medium", "equipmentId": equipment["id"]})
        photos = f"/api/maintenance/work-orders/{work_order['id']}/evidence/photos"

        files = {size: payload(scratch, size) for size in (1, 50, 100)}
        for _ in range(3):  # warm-up: JIT, pools, connections
            evidence, _ = client.upload(files[1], photos)
            client.download(evidence["contentUrl"], MB)
            client.delete(f"/api/maintenance/work-orders/{work_order['id']}/evidence/{evidence['id']}")
        time.sleep(1)
        baseline = host.rss_mb()
        sampler = b.RssSampler(host)
        rows = []
        for size, runs in ((1, args.small_runs), (50, args.large_runs), (100, 1)):
            before = host.rss_mb()
            sampler.arm()
            up, down = [], []
            for _ in range(runs):
                evidence, seconds = client.upload(files[size], photos)
                up.append(seconds)
                down.append(client.download(evidence["contentUrl"], size * MB))
                client.delete(f"/api/maintenance/work-orders/{work_order['id']}/evidence/{evidence['id']}")
            rows.append((size, runs, statistics.median(up), statistics.median(down), before, sampler.disarm()))
        sampler.stop()

        print(f"\nstore: {args.store}; upload limit {LIMIT // MB} MB; host RSS after warm-up {baseline:.0f} MB; "
              f"kernel's peak RSS of the host over the whole run (VmHWM) {peak_rss_mb(host.process.pid):.0f} MB\n")
        print("| file | runs | upload median | upload MB/s | download median | download MB/s | host RSS before | peak while running |")
        print("|---|---|---|---|---|---|---|---|")
        for size, runs, up, down, before, peak in rows:
            print(f"| {size} MB | {runs} | {up * 1000:.0f} ms | {size / up:.0f} | {down * 1000:.0f} ms | {size / down:.0f} | "
                  f"{before:.0f} MB | {peak:.0f} MB (+{peak - before:.0f}) |")
    finally:
        if host:
            host.stop()
        if s3:
            s3.terminate()
            s3.wait(10)
        cluster.stop()
        shutil.rmtree(scratch, ignore_errors=True)


if __name__ == "__main__":
    main()
