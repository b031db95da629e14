"""Work orders at 1,000,000 rows (issue 17: do the list and get figures hold?): the read endpoints of work_orders.py."""
import dataclasses
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import work_orders  # noqa: E402

DESCRIPTION = "Maintenance work orders: 1,000,000 (the 100,000 suite's mix ten times, see work-orders-1m-seed.sql)"
SEED_SQL = os.path.join(os.path.dirname(__file__), "work-orders-1m-seed.sql")
USER = work_orders.USER

_reads = {e.name: e for e in work_orders.ENDPOINTS}
ENDPOINTS = [
    dataclasses.replace(_reads["list work orders status=open (5000 match)"], name="list work orders status=open (50000 match)"),
    dataclasses.replace(_reads["list work orders priority=high (25000 match)"], name="list work orders priority=high (250000 match)"),
    dataclasses.replace(_reads["get work order"], rows=1_000_000,
                        capture_path="/api/maintenance/work-orders/00000000-0000-4000-8000-000000424242"),
]
