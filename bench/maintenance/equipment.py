"""Equipment suite: the harness's first target while work orders are being built (100,000 equipment rows)."""
import os
from bench import Endpoint

DESCRIPTION = "Maintenance equipment: 100,000 rows"
SEED_SQL = os.path.join(os.path.dirname(__file__), "equipment-seed.sql")
USER = "manager@ops.local"
PREFIX = "eeeeeeee-0000-4000-8000-"

ENDPOINTS = [
    Endpoint(
        name="list equipment (status=operational, page of 50)",
        method="GET",
        path="/api/maintenance/equipment?status=operational&page=1&pageSize=50",
        id_prefix=PREFIX, target_rps=4000, target_p99_ms=20),
    Endpoint(
        name="get equipment by id",
        method="GET",
        path="/api/maintenance/equipment/{id}",
        capture_path=f"/api/maintenance/equipment/{PREFIX}000000004242",
        id_prefix=PREFIX, target_rps=6000),
    Endpoint(
        name="register equipment",
        method="POST",
        path="/api/maintenance/equipment",
        body='{"name":"Bench unit {seq}","type":"pump","serialNumber":"BENCH-{seq}","location":"Bench hall"}',
        capture_body='{"name":"Bench unit capture","type":"pump","serialNumber":"BENCH-CAPTURE","location":"Bench hall"}',
        rules=[(r"BENCH-CAPTURE", "gen_random_uuid()::text")],
        id_prefix=PREFIX, target_rps=3700),
]
