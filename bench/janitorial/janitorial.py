"""Issue 4's benchmark: a crew member's week, a site scorecard, recording an inspection, consuming stock."""
import os
from bench import Endpoint

DESCRIPTION = ("Janitorial: 2,000 sites, 200,000 schedule occurrences, 50,000 inspections, 20,000 supply items "
               "(see janitorial-seed.sql)")
SEED_SQL = os.path.join(os.path.dirname(__file__), "janitorial-seed.sql")
USER = "manager@ops.local"
SITES = "dddddddd-0000-4000-8000-"
CREW = "aaaaaaaa-0000-4000-8000-"
RANDOM_SITE = (SITES + r"\d{12}", f"('{SITES}' || lpad((1 + :n % 2000)::text, 12, '0'))::uuid")
RANDOM_CREW = (CREW + r"\d{12}", f"('{CREW}' || lpad((1 + :n % 200)::text, 12, '0'))::uuid")

ENDPOINTS = [
    Endpoint(
        name="crew member's week",
        method="GET",
        path=f"/api/janitorial/schedules?assignedTo={CREW}{{rand:200}}&from=2026-11-30&to=2026-12-06&pageSize=50",
        capture_path=f"/api/janitorial/schedules?assignedTo={CREW}000000000042&from=2026-11-30&to=2026-12-06&pageSize=50",
        rules=[RANDOM_CREW]),
    Endpoint(
        name="site scorecard",
        method="GET",
        path="/api/janitorial/sites/{id}/scorecard",
        capture_path=f"/api/janitorial/sites/{SITES}000000000042/scorecard",
        id_prefix=SITES, rows=2000),
    Endpoint(
        name="record inspection",
        method="POST",
        path="/api/janitorial/inspections",
        body=f'{{"siteId":"{SITES}{{rand:2000}}","inspectionDate":"2026-11-30","score":85,'
             '"findings":"Restrooms and floors checked by the benchmark."}',
        capture_body=f'{{"siteId":"{SITES}000000000042","inspectionDate":"2026-11-30","score":85,'
                     '"findings":"Restrooms and floors checked by the benchmark."}',
        rules=[RANDOM_SITE]),
    Endpoint(
        name="consume stock",
        method="POST",
        path="/api/janitorial/inventory/{id}/consume",
        body='{"quantity":1}',
        capture_path="/api/janitorial/inventory/cccccccc-0000-4000-8000-000000004242/consume",
        capture_body='{"quantity":1}',
        id_prefix="cccccccc-0000-4000-8000-", rows=20_000),
]
