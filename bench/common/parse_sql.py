"""
Parse Server's own SQL for each anchor test, run by pgbench on Parse's PostgreSQL: the ceiling of that SQL on this
machine, beside Parse's req/s. Parse sends one statement per request with its values inline (no prepared
statements), so the script sends exactly what PostgreSQL logged, with -M simple.
"""
import json
import os
import re
import subprocess
import time
import urllib.request

ENTRY = re.compile(r"^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d(?:\.\d+)? \w+ \[\d+\] (\w+):  (.*)$")
STATEMENT = "statement: "


class ParseSql:
    def __init__(self, folder, anchor_dir, requests, log):
        self.folder, self.requests, self.log = folder, requests, log
        names = ["PGPORT", "PGDB", "APP_ID", "MASTER_KEY", "PARSE_PORT", "PGDATA", "PGBIN"]
        printed = subprocess.run(
            ["bash", "-c", f'source "{anchor_dir}/env.sh"; printf "%s\\n" ' + " ".join(f'"${n}"' for n in names)],
            env={**os.environ, "DIR": folder}, text=True, capture_output=True, check=True).stdout.splitlines()
        self.settings = dict(zip(names, printed))
        with open(os.path.join(folder, "run", "ids.json")) as f:
            self.ids = json.load(f)

    def _psql(self, *commands):
        s = self.settings
        args = [os.path.join(s["PGBIN"], "psql"), "-X", "-q", "-At", "-h", "127.0.0.1", "-p", s["PGPORT"], "-U", "postgres",
                "-d", s["PGDB"], "-v", "ON_ERROR_STOP=1"]
        for c in commands:
            args += ["-c", c]
        return subprocess.run(args, text=True, capture_output=True, check=True).stdout

    def _request(self, test):
        method, path, body = self.requests[test]
        url = f"http://127.0.0.1:{self.settings['PARSE_PORT']}/parse" + path.format(**self.ids)
        request = urllib.request.Request(url, method=method, data=body.encode() if body else None, headers={
            "X-Parse-Application-Id": self.settings["APP_ID"], "X-Parse-Master-Key": self.settings["MASTER_KEY"],
            **({"Content-Type": "application/json"} if body else {})})
        with urllib.request.urlopen(request, timeout=10) as response:
            return json.loads(response.read() or b"{}")

    def capture(self):
        """One request per test with log_statement = all; returns {test: ([statements], response)}."""
        log_path = os.path.join(self.settings["PGDATA"], "server.log")
        self._psql("ALTER SYSTEM SET log_statement = 'all'", "SELECT pg_reload_conf()")
        time.sleep(0.5)
        captured = {}
        try:
            for test in self.requests:
                start = os.path.getsize(log_path)
                response = self._request(test)
                time.sleep(0.3)  # the log is written by the backend, after the answer may already be here
                with open(log_path, errors="replace") as f:
                    f.seek(start)
                    captured[test] = (self._statements(f.read()), response)
        finally:
            self._psql("ALTER SYSTEM RESET log_statement", "SELECT pg_reload_conf()")
        return captured

    @staticmethod
    def _statements(text):
        statements, current = [], None
        for line in text.splitlines():
            m = ENTRY.match(line)
            if m:
                current = None
                if m[1] == "LOG" and m[2].startswith(STATEMENT):
                    current = [m[2][len(STATEMENT):]]
                    statements.append(current)
            elif current is not None:
                current.append(line)
        return ["\n".join(s).strip().rstrip(";") for s in statements]

    def measure(self, seconds, clients, threads, work):
        """pgbench of each test's captured SQL on Parse's cluster (Parse idle): {test: tps}."""
        results = {}
        for test, (statements, response) in self.capture().items():
            if not statements:
                self.log(f"Parse SQL {test}: nothing logged; skipped")
                continue
            script = ""
            object_id = response.get("objectId") if test == "c" else None
            if object_id:  # a create: every pgbench insert needs its own key, as every Parse create has
                script += "\\set n random(1, 1000000000)\n"
                statements = [s.replace(f"'{object_id}'", "'pgb-' || :client_id || '-' || :n") for s in statements]
            script += "".join(s + ";\n" for s in statements)
            path = os.path.join(work, f"parse-sql-{test}.pgbench.sql")
            with open(path, "w") as f:
                f.write(script)
            s = self.settings
            run = subprocess.run([os.path.join(s["PGBIN"], "pgbench"), "-n", "-M", "simple", "-c", str(clients),
                                  "-j", str(threads), "-T", str(seconds), "-h", "127.0.0.1", "-p", s["PGPORT"],
                                  "-U", "postgres", "-f", path, s["PGDB"]], text=True, capture_output=True)
            if object_id:
                self._psql(f"DELETE FROM \"WorkOrder\" WHERE \"objectId\" LIKE 'pgb-%' OR \"objectId\" = '{object_id}'",
                           'VACUUM ANALYZE "WorkOrder"')
            tps = re.search(r"tps = ([\d.]+) \(without initial connection time\)", run.stdout)
            if run.returncode != 0 or not tps:
                self.log(f"Parse SQL {test}: pgbench failed: {run.stdout[-500:]} {run.stderr[-500:]}")
                continue
            results[test] = float(tps[1])
            shown = " | ".join(" ".join(st.split())[:160] for st in statements)
            self.log(f"Parse SQL {test}: {len(statements)} statement(s), pgbench {results[test]:.0f} tps — {shown}")
        return results
