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
        # Our list also names each row's equipment (Parse's include=asset, test e).
        parse_tests=("a", "e"),
        target_rps=4000, target_p99_ms=20),
    Endpoint(
        name="list work orders priority=high (25000 match)",
        method="GET",
        path="/api/maintenance/work-orders?priority=high&page=1&pageSize=50",
        parse_tests=("a",),
        target_rps=4000, target_p99_ms=20),
    Endpoint(
        name="get work order",
        method="GET",
        path="/api/maintenance/work-orders/{id}",
        capture_path="/api/maintenance/work-orders/00000000-0000-4000-8000-000000004242",
        parse_tests=("b",),
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
        parse_tests=("d",),
        # Marten reads the stream's version, then appends with it as the expected version (a stale one raises): pgbench
        # keeps the version it reads (\gset) and passes it the same way, each client on its own rows (no conflicts).
        # The projection's document is the captured row's JSON: its Id and Version become the row's own.
        pgbench_own_rows=True,
        rules=[RANDOM_EQUIPMENT],
        sql_rules=[(r"^(select version from maintenance\.mt_streams where id = \$1)$", r"\1 \\gset"),
                   (r"(mt_quick_append_events\((?:\$\d+,){9})\$10\)", r"\1:version)"),
                   (r"values \(\$1, \$2,", "values ($1, jsonb_set(jsonb_set($2::jsonb, '{Id}', to_jsonb($1::uuid)), "
                                           "'{Version}', to_jsonb(:version + 1)),")],
        reset_sql="UPDATE maintenance.mt_doc_work_order SET status = 'InProgress', "
                  "data = jsonb_set(data, '{Status}', '\"InProgress\"') "
                  "WHERE status = 'OnHold' AND id <= '00000000-0000-4000-8000-000000010000'",
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
        parse_tests=("c",),
        # The new stream's id is fresh in pgbench: the document's JSON carries it too.
        sql_rules=[(r"values \(\$1, \$2,", "values ($1, jsonb_set($2::jsonb, '{Id}', to_jsonb($1::uuid)),")],
        target_rps=3700),
]
