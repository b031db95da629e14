#!/usr/bin/env python3
"""
One-off measurement behind docs/benchmarks.md: what the bus's NOTIFY trigger on the outbox costs the write path.
Captures the SQL of "raise work order" and "change work order status" as the main harness does, stops the host (so
no relay competes), then runs pgbench with that SQL with the outbox trigger on and off, alternating.
  python3 bench/maintenance/outbox_notify.py [--runs 3 --seconds 8]
"""
import argparse
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "common"))
import bench  # noqa: E402

sys.modules.setdefault("bench", bench)
suite = bench.load_suite(os.path.join(os.path.dirname(__file__), "work_orders.py"))

parser = argparse.ArgumentParser()
parser.add_argument("--runs", type=int, default=3)
parser.add_argument("--seconds", type=int, default=8)
args = parser.parse_args()

import tempfile  # noqa: E402

work = tempfile.mkdtemp(prefix="ops-bench-notify-")
cluster = bench.Cluster()
host = bench.Host(cluster, {}, work, bench.HOST_DLL, "A")
try:
    cluster.start()
    host.start()
    cluster.psql(file=suite.SEED_SQL, db="ops")
    cluster.psql("VACUUM ANALYZE", db="ops")
    token = host.login(suite.USER)
    scripts = []
    for endpoint in [e for e in suite.ENDPOINTS if e.method == "POST"]:
        if endpoint.reset_sql:
            cluster.psql(endpoint.reset_sql, db="ops")
        bench.run_wrk(host, token, endpoint, 3, 32, 2, "w")
        script = bench.PgbenchScript(endpoint, bench.capture_sql(cluster, host, token, endpoint))
        path = os.path.join(work, f"{len(scripts)}.sql")
        with open(path, "w") as f:
            f.write(script.render())
        scripts.append((endpoint, path, script))
    host.stop()
    for endpoint, path, script in scripts:
        for run in range(args.runs):
            for trigger in ("ENABLE", "DISABLE"):
                cluster.psql(f"ALTER TABLE maintenance.outbox {trigger} TRIGGER outbox_nudge", db="ops")
                if endpoint.reset_sql:
                    cluster.psql(endpoint.reset_sql, db="ops")
                p = bench.run_pgbench(cluster, path, script.variables, args.seconds, 32, 2)
                print(f"{endpoint.name}: outbox NOTIFY trigger {trigger.lower()}d: {p['tps']:.0f} tps "
                      f"(load {os.getloadavg()[0]:.1f})", flush=True)
finally:
    host.stop()
    cluster.stop()
