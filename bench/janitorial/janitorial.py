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
        rules=[RANDOM_SITE],
        # The new document's id is fresh in pgbench and its site random: the document's JSON carries both too.
        sql_rules=[(r"values \(\$1, \$2,", "values ($1, jsonb_set(jsonb_set($2::jsonb, '{Id}', to_jsonb($1::uuid)), "
                                               "'{SiteId}', to_jsonb($5::uuid)),")]),
    Endpoint(
        name="consume stock",
        method="POST",
        path="/api/janitorial/inventory/{id}/consume",
        body='{"quantity":1}',
        capture_path="/api/janitorial/inventory/cccccccc-0000-4000-8000-000000004242/consume",
        capture_body='{"quantity":1}',
        id_prefix="cccccccc-0000-4000-8000-", rows=20_000,
        # As the host does: the item's advisory lock (pgbench: a key per item), the stream's version read under it and
        # passed as the append's expected version (a stale one raises), the item's own document read (\gset keeps its
        # columns as :id, :data, :mt_version) and written back one unit lower at the next version, with its own
        # duplicated columns (the unique (site_id, sku) included), so the API keeps reading consistent items after
        # a pgbench run.
        rules=[(r"-?\d{10,20}", "(:n)::bigint"),
               (SITES + r"\d{12}", "(:data::jsonb->>'SiteId')::uuid"),
               (r"SKU-\d+", ":data::jsonb->>'Sku'"),
               (r"Item \d+", ":data::jsonb->>'ItemName'"),
               (r"chemicals|paper|tools|liners", ":data::jsonb->>'Category'"),
               (r"9\d{5}", "(:data::jsonb->>'QuantityOnHand')::numeric - 1")],
        sql_rules=[(r"^(select version from janitorial\.mt_streams where id = \$1)$", r"\1 \\gset"),
                   (r"^(select d\.id, d\.data, d\.mt_version from janitorial\.mt_doc_supply_item as d where id = \$1)$",
                    r"\1 \\gset"),
                   (r"(mt_quick_append_events\((?:\$\d+,){9})\$10\)", r"\1:version)"),
                   (r"values \(\$1, \$2,", "values ($1, jsonb_set(jsonb_set(:data::jsonb, '{Version}', to_jsonb(:version + 1)), "
                                           "'{QuantityOnHand}', to_jsonb((:data::jsonb->>'QuantityOnHand')::numeric - 1)),")]),
]
