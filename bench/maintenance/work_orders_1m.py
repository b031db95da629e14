"""Work orders at 1,000,000 rows (issue 17: do the list and get figures hold?): the read endpoints of work_orders.py."""
import os
from bench import Endpoint

DESCRIPTION = "Maintenance work orders: 1,000,000 (the 100,000 suite's mix ten times, see work-orders-1m-seed.sql)"
SEED_SQL = os.path.join(os.path.dirname(__file__), "work-orders-1m-seed.sql")
USER = "manager@ops.local"

ENDPOINTS = [
    Endpoint(
        name="list work orders status=open (50000 match)",
        method="GET",
        path="/api/maintenance/work-orders?status=open&page=1&pageSize=50",
        parse_tests=("a", "e"),
        target_rps=4000, target_p99_ms=20),
    Endpoint(
        name="list work orders priority=high (250000 match)",
        method="GET",
        path="/api/maintenance/work-orders?priority=high&page=1&pageSize=50",
        parse_tests=("a",),
        target_rps=4000, target_p99_ms=20),
    Endpoint(
        name="get work order",
        method="GET",
        path="/api/maintenance/work-orders/{id}",
        capture_path="/api/maintenance/work-orders/00000000-0000-4000-8000-000000424242",
        rows=1_000_000,
        parse_tests=("b",),
        target_rps=6000),
]
