#!/usr/bin/env python3
"""
The work-order contention proof (issue 17): 20 connections change the status of ONE work order at once, each request
"on hold" or "in progress" at random, for a few seconds. Prints the responses by status and the write figures, then
then the same storm from Python threads that read every response (wrk stops with requests in flight), and checks by
SQL that no accepted change was lost: every 200 is one `moved` event on the work order's stream, the stream's
version is the document's version, and the document's status is the last event's. Exits non-zero (saying which rule
broke) otherwise, or when a response is anything but 200, 409 (a stale version) or 422 (already in that status).

  python3 bench/maintenance/contention.py [--connections 20] [--seconds 5]

Same cluster, host and seed as the suite (bench/common/bench.py, work-orders-seed.sql): work order …0001 is in progress.
"""
import argparse
import http.client
import os
import random
import sys
import threading
import time

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "common"))
sys.path.insert(0, os.path.join(HERE, "..", "it-assets"))
import bench  # noqa: E402
from contention import check, describe, only_statuses, run_proof, storm  # noqa: E402  (the IT proof's storm and runner)

WORK_ORDER = "00000000-0000-4000-8000-000000000001"


def state(cluster):
    row = cluster.psql(
        "SELECT s.version, (d.data->>'Version')::int, d.mt_version, d.status, d.data->>'Status', "
        "       (SELECT count(*) FROM maintenance.mt_events e WHERE e.stream_id = s.id AND e.type = 'moved'), "
        "       coalesce((SELECT e.data->>'To' FROM maintenance.mt_events e WHERE e.stream_id = s.id "
        "                 ORDER BY e.version DESC LIMIT 1), '') "
        f"FROM maintenance.mt_streams s JOIN maintenance.mt_doc_work_order d ON d.id = s.id WHERE s.id = '{WORK_ORDER}'",
        db="ops").split("|")
    keys = ["stream_version", "doc_version", "mt_version", "status", "data_status", "moves", "last_to"]
    result = dict(zip(keys, row))
    for k in ["stream_version", "doc_version", "mt_version", "moves"]:
        result[k] = int(result[k])
    return result


def exact_storm(host, token, path, seconds, connections):
    """The same storm from Python threads, one keep-alive connection each, every response read before the end: wrk
    stops with requests in flight, whose changes may commit unseen, so only this count can be matched exactly."""
    port = int(host.base.rsplit(":", 1)[1])
    counts, lock = {}, threading.Lock()
    deadline = time.monotonic() + seconds

    def worker():
        connection = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
        mine = {}
        while time.monotonic() < deadline:
            body = random.choice(('{"status":"on_hold"}', '{"status":"in_progress"}'))
            connection.request("POST", path, body=body, headers={"Authorization": f"Bearer {token}",
                                                                 "Content-Type": "application/json"})
            response = connection.getresponse()
            response.read()
            mine[response.status] = mine.get(response.status, 0) + 1
        connection.close()
        with lock:
            for status, n in mine.items():
                counts[status] = counts.get(status, 0) + n

    threads = [threading.Thread(target=worker) for _ in range(connections)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return counts


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--connections", type=int, default=20)
    parser.add_argument("--threads", type=int, default=2)
    parser.add_argument("--seconds", type=int, default=5)
    args = parser.parse_args()
    run_proof("ops-bench-wo-contention-", os.path.join(HERE, "work-orders-seed.sql"),
              lambda cluster, host, token: prove(cluster, host, token, args),
              "Contention checks passed: every accepted change is one event, conflicts were answered 409, nothing lost.")


def prove(cluster, host, token, args):
    path = f"/api/maintenance/work-orders/{WORK_ORDER}/status"
    print(f"One work order: {args.connections} connections change the status of {WORK_ORDER} for {args.seconds} s, "
          f"each request on_hold or in_progress at random", flush=True)
    r = storm(host, token, [(path, '{"status":"on_hold"}'), (path, '{"status":"in_progress"}')],
              args.seconds, args.connections, args.threads)
    print("  wrk (the write figures): " + describe(r), flush=True)
    bench.wait_until_quiet(cluster)
    before = state(cluster)
    counts = exact_storm(host, token, path, args.seconds, args.connections)
    bench.wait_until_quiet(cluster)
    after = state(cluster)
    changed = counts.get(200, 0)
    print(f"  Python threads (every response read): {sum(counts.values())} answered "
          f"({', '.join(f'{s}: {n}' for s, n in sorted(counts.items()))})", flush=True)
    print(f"  stored: stream version {before['stream_version']} -> {after['stream_version']}, document version "
          f"{after['doc_version']} (mt_version {after['mt_version']}), moved events {before['moves']} -> {after['moves']}, "
          f"status {after['status']} / {after['data_status']}, last event to {after['last_to']}", flush=True)
    only_statuses(r, {200, 409, 422})
    check(set(counts) <= {200, 409, 422}, f"every response of the exact storm is 200, 409 or 422: {counts}")
    check(counts.get(409, 0) > 0, f"the storm raced (some 409s): {counts.get(409, 0)}")
    check(changed > 1, f"the storm changed the work order more than once: {changed}")
    check(after["moves"] - before["moves"] == changed, f"one moved event per 200 (none lost, none extra): "
                                                       f"{after['moves'] - before['moves']} == {changed}")
    check(after["stream_version"] == before["stream_version"] + changed,
          f"the stream's version grew by the 200s: {after['stream_version']} == {before['stream_version']} + {changed}")
    check(after["doc_version"] == after["stream_version"] == after["mt_version"],
          f"the document is the stream's state: Version {after['doc_version']}, mt_version {after['mt_version']}, "
          f"stream {after['stream_version']}")
    check(after["status"] == after["data_status"] == after["last_to"],
          f"the document's status is the last event's: {after['status']} / {after['data_status']} / {after['last_to']}")


if __name__ == "__main__":
    main()
