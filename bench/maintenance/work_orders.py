"""Work orders suite: the brief's four targets over 100,000 work orders on 2,000 pieces of equipment."""
import os
from bench import Endpoint

DESCRIPTION = "Maintenance work orders: 100,000 over 2,000 equipment (see work-orders-seed.sql for the mix)"
SEED_SQL = os.path.join(os.path.dirname(__file__), "work-orders-seed.sql")
USER = "manager@ops.local"
EQUIPMENT = "eeeeeeee-0000-4000-8000-"
# A seeded equipment id in a captured parameter → a random one of the 2,000 in pgbench.
RANDOM_EQUIPMENT = (EQUIPMENT + r"\d{12}", f"('{EQUIPMENT}' || lpad((1 + :n % 2000)::text, 12, '0'))::uuid")

ENDPOINTS = [
    Endpoint(
        name="list work orders status=open (5000 match)",
        method="GET",
        path="/api/maintenance/work-orders?status=open&page=1&pageSize=50",
        target_rps=4000, target_p99_ms=20),
    Endpoint(
        name="list work orders priority=high (25000 match)",
        method="GET",
        path="/api/maintenance/work-orders?priority=high&page=1&pageSize=50",
        target_rps=4000, target_p99_ms=20),
    Endpoint(
        name="get work order",
        method="GET",
        path="/api/maintenance/work-orders/{id}",
        capture_path="/api/maintenance/work-orders/00000000-0000-4000-8000-000000004242",
        target_rps=6000),
    Endpoint(
        name="change work order status",
        method="POST",
        # Rows 1-10,000 are in_progress: each wrk thread walks its own half, to on_hold on the first pass, back on the next.
        path="/api/maintenance/work-orders/{walk}/status",
        body='{"status":"{alt:on_hold|in_progress}"}',
        capture_path="/api/maintenance/work-orders/00000000-0000-4000-8000-000000009999/status",
        capture_body='{"status":"on_hold"}',
        rows=10_000,
        # pgbench hits random rows whose version it does not know: bump and check the row's own, as the API does.
        sql_rules=[(r"version = \$\d+(\s+WHERE)", r"version = version + 1\1"),
                   (r"AND version = \$\d+", "AND version = version")],
        reset_sql="UPDATE maintenance.work_orders SET status = 'in_progress' WHERE status = 'on_hold' "
                  "AND id <= '00000000-0000-4000-8000-000000010000'",
        target_rps=3700),
    Endpoint(
        name="raise work order",
        method="POST",
        path="/api/maintenance/work-orders",
        body='{"title":"Bench {seq}","description":"Raised by the benchmark","priority":"high",'
             f'"equipmentId":"{EQUIPMENT}{{rand:2000}}"}}',
        capture_body='{"title":"Bench capture","description":"Raised by the benchmark","priority":"high",'
                     f'"equipmentId":"{EQUIPMENT}000000000042"}}',
        rules=[RANDOM_EQUIPMENT],
        target_rps=3700),
]
