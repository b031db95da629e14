"""
One-off for issue 17: what one write costs PostgreSQL with the work order's 18 indexes against the 36 it had, without
CPU noise: EXPLAIN (ANALYZE, WAL, BUFFERS) of a status UPDATE and of an INSERT of 1,000 rows each (rolled back) on the
seeded work orders, after a CHECKPOINT. Usage: python3 bench/maintenance/index_wal.py [host dll] (default: the
worktree's Release build, which creates the schema). Figures: docs/benchmarks.md, issue 17.
"""
import json
import os
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "common"))
import bench  # noqa: E402
c = bench.Cluster(sync=True)
work = tempfile.mkdtemp(prefix="perf-wal-")
h = None
try:
    c.start()
    h = bench.Host(c, {}, work, sys.argv[1] if len(sys.argv) > 1 else bench.HOST_DLL, 'A'); h.start()
    c.psql(file=os.path.join(HERE, 'work-orders-seed.sql'), db='ops'); c.psql('VACUUM ANALYZE', db='ops')
    h.stop(); h = None
    ab = os.path.join(HERE, 'ab') + '/'
    for label, f in [('18 indexes', 'work-order-indexes-before-drop.sql'), ('36 indexes', 'work-order-indexes-before.sql'), ('18 indexes again', 'work-order-indexes-before-drop.sql')]:
        c.psql(open(ab + f).read(), db='ops'); c.psql('CHECKPOINT', db='ops')
        n = c.psql("SELECT count(*) FROM pg_indexes WHERE schemaname='maintenance' AND tablename='mt_doc_work_order'", db='ops')
        upd = c.psql("BEGIN", "EXPLAIN (ANALYZE, WAL, BUFFERS, FORMAT JSON) UPDATE maintenance.mt_doc_work_order SET status = CASE status WHEN 'InProgress' THEN 'OnHold' ELSE 'InProgress' END, mt_last_modified = now() WHERE id <= '00000000-0000-4000-8000-000000001000'", "ROLLBACK", db='ops')
        ins = c.psql("BEGIN", "CREATE TEMP TABLE t AS SELECT * FROM maintenance.mt_doc_work_order WHERE id <= '00000000-0000-4000-8000-000000001000'",
                     "UPDATE t SET id = gen_random_uuid(), source_reference = NULL",
                     "EXPLAIN (ANALYZE, WAL, BUFFERS, FORMAT JSON) INSERT INTO maintenance.mt_doc_work_order SELECT * FROM t", "ROLLBACK", db='ops')
        for what, out in [('status change (UPDATE of status, 1000 rows)', upd), ('raise (INSERT, 1000 rows)', ins)]:
            plan = json.loads(out[out.index('['):])[0]
            p = plan['Plan']
            print(f"{label} ({n}): {what}: WAL {p.get('WAL Bytes',0)/1000:.0f} B/row, {p.get('WAL Records',0)/1000:.1f} records/row, "
                  f"FPI {p.get('WAL FPI',0)}, buffers hit+read {(p.get('Shared Hit Blocks',0)+p.get('Shared Read Blocks',0))/1000:.1f}/row, "
                  f"dirtied {p.get('Shared Dirtied Blocks',0)/1000:.2f}/row, time {plan['Execution Time']/1000:.3f} ms/row", flush=True)
finally:
    if h: h.stop()
    c.stop()
