"""IT assets suite: hardware check-out and check-in, seat assignment and release, a hardware get and list, 32 connections.
The contention proof (one license, one asset, many connections) is bench/it-assets/contention.py."""
import os
from bench import Endpoint

DESCRIPTION = ("IT assets: 80,000 hardware (40,000 in stock, 40,000 deployed with their open assignments), "
               "20,000 per-seat licenses with room (see it-assets-seed.sql)")
SEED_SQL = os.path.join(os.path.dirname(__file__), "it-assets-seed.sql")
USER = "manager@ops.local"
IN_STOCK = "11111111-0000-4000-8000-"
DEPLOYED = "22222222-0000-4000-8000-"
ASSIGNMENTS = "33333333-0000-4000-8000-"
LICENSES = "44444444-0000-4000-8000-"
SEATS = "55555555-0000-4000-8000-"
HOLDER = "99999999-0000-4000-8000-000000000002"  # the user the benchmark checks hardware out to and gives seats to


def same_row(prefix):
    """A captured id of another seeded set → the id of the same row number as the endpoint's own seeded row (:n)."""
    return prefix + r"\d{12}", f"('{prefix}' || lpad(:n::text, 12, '0'))::uuid"


def keep_version(table, prefix):
    """
    Marten's update of a document under optimistic concurrency ends `where id = $k and mt_version = $v` with the version
    it loaded, and changes nothing on a stale one. pgbench keeps the version its own load read (\\gset <prefix>_) and
    passes it the same way, so every update writes its row as the API's does.
    """
    return [(rf"^(select d\.id, d\.data, d\.mt_version from it_assets\.{table} as d where id = \$1)$", rf"\1 \\gset {prefix}_"),
            (rf"^(update it_assets\.{table} .* and mt_version = )\$\d+( returning mt_version)$", rf"\1:{prefix}_mt_version\2")]


# The captured hardware update writes the captured row's asset tag and serial number (unique): pgbench keeps the row's own.
OWN_HARDWARE_KEYS = (r'"asset_tag" = \$\d+, "serial_number" = \$\d+', '"asset_tag" = asset_tag, "serial_number" = serial_number')
# Each pgbench client picks rows from its own slice at random, so it checks one asset out twice: the new assignment's
# open_hardware_id (unique while open) becomes a fresh uuid instead of the asset's id. A seat's active holder key likewise.
FRESH_OPEN_HARDWARE = (r'(insert into it_assets\.mt_doc_assignment .*"open_hardware_id"\) values \(.*, )\$\d+(\) on conflict)',
                       r"\1gen_random_uuid()\2")
FRESH_HOLDER_KEY = (LICENSES + r"\d{12}:user:.*", "gen_random_uuid()::text")
# The license's advisory lock (ItAssetsLocks.LicenseSeats): one key per seeded license, as in the API.
LICENSE_LOCK = (r"-?\d{12,}", "(1000000000 + :n)::bigint")

# Every endpoint starts from the seeded state: rows a run (wrk or pgbench) changed are put back from schema bench,
# rows it added are deleted.
RESET = """
DELETE FROM it_assets.mt_doc_assignment a USING bench.hardware h
 WHERE a.hardware_id = h.id AND NOT EXISTS (SELECT 1 FROM bench.assignment p WHERE p.id = a.id);
DELETE FROM it_assets.mt_doc_license_seat s USING bench.software_license l
 WHERE s.license_id = l.id AND NOT EXISTS (SELECT 1 FROM bench.license_seat p WHERE p.id = s.id);
UPDATE it_assets.mt_doc_hardware t SET data = p.data, mt_version = p.mt_version, mt_last_modified = p.mt_last_modified,
       asset_tag = p.asset_tag, serial_number = p.serial_number, name = p.name, stage = p.stage, status = p.status,
       category = p.category, location = p.location, assigned_to = p.assigned_to
  FROM bench.hardware p WHERE t.id = p.id AND t.mt_version <> p.mt_version;
UPDATE it_assets.mt_doc_assignment t SET data = p.data, mt_version = p.mt_version, mt_last_modified = p.mt_last_modified,
       open_hardware_id = p.open_hardware_id, assigned_to = p.assigned_to
  FROM bench.assignment p WHERE t.id = p.id AND t.mt_version <> p.mt_version;
UPDATE it_assets.mt_doc_software_license t SET data = p.data, mt_version = p.mt_version, mt_last_modified = p.mt_last_modified
  FROM bench.software_license p WHERE t.id = p.id AND t.mt_version <> p.mt_version;
UPDATE it_assets.mt_doc_license_seat t SET data = p.data, mt_version = p.mt_version, mt_last_modified = p.mt_last_modified,
       active_holder_key = p.active_holder_key, is_active = p.is_active
  FROM bench.license_seat p WHERE t.id = p.id AND t.mt_version <> p.mt_version;
"""

ENDPOINTS = [
    Endpoint(
        name="get hardware",
        method="GET",
        path="/api/it-assets/hardware/{id}",
        capture_path=f"/api/it-assets/hardware/{IN_STOCK}000000004242",
        id_prefix=IN_STOCK, rows=40_000, reset_sql=RESET),
    Endpoint(
        name="list hardware category=laptop (16000 match, page of 50)",
        method="GET",
        path="/api/it-assets/hardware?category=laptop&pageSize=50",
        reset_sql=RESET),
    Endpoint(
        name="check out hardware",
        method="POST",
        # Each wrk thread walks its own half of the 40,000 ready assets in stock; reset_sql puts them back before a run.
        path="/api/it-assets/hardware/{walk}/check-out",
        body=f'{{"assignedTo":"{HOLDER}"}}',
        capture_path=f"/api/it-assets/hardware/{IN_STOCK}000000019999/check-out",
        capture_body=f'{{"assignedTo":"{HOLDER}"}}',
        id_prefix=IN_STOCK, rows=40_000, pgbench_own_rows=True,
        sql_rules=[*keep_version("mt_doc_hardware", "h"), OWN_HARDWARE_KEYS, FRESH_OPEN_HARDWARE],
        reset_sql=RESET),
    Endpoint(
        name="check in hardware",
        method="POST",
        # The 40,000 deployed assets, each with its open assignment (same row number), walked the same way.
        path="/api/it-assets/hardware/{walk}/check-in",
        body="{}",
        capture_path=f"/api/it-assets/hardware/{DEPLOYED}000000019999/check-in",
        capture_body="{}",
        id_prefix=DEPLOYED, rows=40_000, pgbench_own_rows=True,
        rules=[same_row(ASSIGNMENTS)],
        sql_rules=[*keep_version("mt_doc_hardware", "h"), *keep_version("mt_doc_assignment", "a"), OWN_HARDWARE_KEYS],
        reset_sql=RESET),
    Endpoint(
        name="assign seat",
        method="POST",
        # 20,000 per-seat licenses with 99 seats free each; a walked license gets one seat for the bench holder.
        path="/api/it-assets/licenses/{walk}/seats",
        body=f'{{"userId":"{HOLDER}"}}',
        capture_path=f"/api/it-assets/licenses/{LICENSES}000000009999/seats",
        capture_body=f'{{"userId":"{HOLDER}"}}',
        id_prefix=LICENSES, rows=20_000, pgbench_own_rows=True,
        rules=[FRESH_HOLDER_KEY, LICENSE_LOCK],
        sql_rules=keep_version("mt_doc_software_license", "l"),
        reset_sql=RESET),
    Endpoint(
        name="release seat",
        method="POST",
        # Seat n is the active seat of license n: the path names both.
        path="/api/it-assets/licenses/" + LICENSES + "{walkrow}/seats/{walk}/release",
        body="{}",
        capture_path=f"/api/it-assets/licenses/{LICENSES}000000009999/seats/{SEATS}000000009999/release",
        capture_body="{}",
        id_prefix=SEATS, rows=20_000, pgbench_own_rows=True,
        rules=[same_row(LICENSES), LICENSE_LOCK],
        sql_rules=[*keep_version("mt_doc_license_seat", "s"), *keep_version("mt_doc_software_license", "l")],
        reset_sql=RESET),
]
