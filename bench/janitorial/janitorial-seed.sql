-- Issue 4's benchmark data in Janitorial's Marten store (schema janitorial), set-based (70-80 s on the shared machine):
-- 2,000 client sites, 200 crew members (as site members), 200,000 schedule occurrences, 50,000 inspections, 20,000
-- supply items.
-- Deterministic ids ('<prefix>' + row number in 12 digits):
--   sites 'dddddddd-0000-4000-8000-', crew members (user ids) 'aaaaaaaa-0000-4000-8000-', series (one per site)
--   'dddddddd-0000-4000-8001-', occurrences '00000000-0000-4000-8000-', inspections 'bbbbbbbb-0000-4000-8000-',
--   supply items (and their streams) 'cccccccc-0000-4000-8000-', the first event of each item 'eeeeeeee-0000-4000-8000-'.
-- Site n has crew member 1 + n % 200 as its technician (10 sites each); occurrence n is at site 1 + n % 2000, by
-- that site's technician, on one of the 365 days from 2026-06-01, so each crew member has about 19 a week. An
-- occurrence that ended before the seed ran is completed (one in ten missed), a later one scheduled, so the
-- missed-occurrence job (every minute: scheduled and ended) finds only what ends during the run.
--
-- Rows are written as Marten writes them (copied from rows the API stored): the document as System.Text.Json
-- serializes it (C# property names, enums as their C# names, DateOnly '2026-06-01', TimeOnly '06:00:00') in `data`,
-- Marten's metadata columns (mt_last_modified, mt_version: a uuid for the documents with optimistic concurrency, the
-- stream version for the supply item) and the duplicated columns the indexes use. A site holds its members in its
-- document; created then assigned a member through the API, it is at Version 2. A supply item is an event stream
-- (janitorial.mt_streams, version 1) with one event, `added` (janitorial.mt_events, version 1, seq_id from Marten's
-- sequence); its document (mt_doc_supply_item) is the inline projection of that event, at mt_version and Version 1,
-- so a consumption appends version 2 and the stream replays to the same document. The opening stock is 1,000,000,
-- the most an item can be added with.
SET TimeZone = 'UTC';
BEGIN;

CREATE TEMP TABLE seed_sites ON COMMIT DROP AS
SELECT n,
       ('dddddddd-0000-4000-8000-' || lpad(n::text, 12, '0'))::uuid AS id,
       'Site ' || n AS site_name, 'S' || lpad(n::text, 5, '0') AS site_code, n || ' Bench Street' AS address,
       'Client ' || (1 + n % 300) AS client_name,
       (ARRAY['Basic', 'Standard', 'Premium'])[1 + n % 3] AS service_level,
       (ARRAY[70, 80, 90])[1 + n % 3] AS pass_threshold,
       ('aaaaaaaa-0000-4000-8000-' || lpad((1 + n % 200)::text, 12, '0'))::uuid AS crew_member,
       timestamptz '2026-01-01' AS created_at
FROM generate_series(1, 2000) AS n;

INSERT INTO janitorial.mt_doc_client_site (
    id, data, mt_last_modified, mt_version, mt_dotnet_type,
    site_code, site_name, client_name, service_level, active, created_at)
SELECT s.id,
       jsonb_build_object(
           'Id', s.id, 'Active', true, 'Address', s.address,
           'Members', jsonb_build_array(jsonb_build_object('Role', 'Technician', 'SiteId', s.id, 'UserId', s.crew_member,
                                                           'AssignedAt', s.created_at)),
           'Version', 2, 'SiteCode', s.site_code, 'SiteName', s.site_name, 'TimeZone', 'UTC', 'CreatedAt', s.created_at,
           'UpdatedAt', s.created_at, 'ClientName', s.client_name, 'ServiceLevel', s.service_level,
           'PassThreshold', s.pass_threshold,
           'PrimaryContactId', (SELECT id FROM identity.users WHERE email = 'manager@ops.local'),
           'ClientSeesInspections', false),
       now(), md5('site ' || s.n)::uuid, 'OpsPlatform.Modules.Janitorial.Sites.ClientSite',
       s.site_code, s.site_name, s.client_name, s.service_level, true, s.created_at
FROM seed_sites AS s;

INSERT INTO janitorial.mt_doc_cleaning_schedule (
    id, data, mt_last_modified, mt_version, mt_dotnet_type,
    assigned_to, starts_at, ends_at, site_id, status, series_id, service_date, start_time, created_at,
    source_work_order_id)
SELECT o.id,
       jsonb_build_object(
           'Id', o.id, 'Notes', NULL, 'EndsAt', o.ends_at, 'SiteId', o.site_id, 'Status', o.status,
           'EndTime', o.end_time, 'Version', 1, 'SeriesId', o.series_id, 'StartsAt', o.starts_at,
           'CreatedAt', o.created_at, 'Frequency', 'Weekly', 'StartTime', o.start_time, 'UpdatedAt', o.created_at,
           'AssignedTo', o.assigned_to, 'RepeatUntil', date '2027-05-31', 'ServiceDate', o.service_date,
           'SourceWorkOrderId', NULL),
       now(), md5('occurrence ' || o.n)::uuid, 'OpsPlatform.Modules.Janitorial.Schedules.CleaningSchedule',
       o.assigned_to, o.starts_at, o.ends_at, o.site_id, o.status, o.series_id, o.service_date, o.start_time,
       o.created_at, NULL
FROM (SELECT n,
             ('00000000-0000-4000-8000-' || lpad(n::text, 12, '0'))::uuid AS id,
             ('dddddddd-0000-4000-8000-' || lpad(site::text, 12, '0'))::uuid AS site_id,
             ('dddddddd-0000-4000-8001-' || lpad(site::text, 12, '0'))::uuid AS series_id,
             ('aaaaaaaa-0000-4000-8000-' || lpad((1 + site % 200)::text, 12, '0'))::uuid AS assigned_to,
             day AS service_date, start_time, start_time + interval '2 hours' AS end_time,
             (day + start_time) AT TIME ZONE 'UTC' AS starts_at,
             (day + start_time + interval '2 hours') AT TIME ZONE 'UTC' AS ends_at,
             CASE WHEN (day + start_time + interval '2 hours') AT TIME ZONE 'UTC' > now() THEN 'Scheduled'
                  WHEN (n / 2000) % 10 = 0 THEN 'Missed' ELSE 'Completed' END AS status,
             timestamptz '2026-05-01' AS created_at
      FROM generate_series(1, 200000) AS n
      CROSS JOIN LATERAL (SELECT 1 + n % 2000 AS site, date '2026-06-01' + (n % 365) AS day,
                                 time '06:00' + (n % 6) * interval '2 hours' AS start_time) AS slot) AS o;

INSERT INTO janitorial.mt_doc_site_inspection (
    id, data, mt_last_modified, mt_version, mt_dotnet_type,
    site_id, inspector_id, inspection_date, score, passed, schedule_id, created_at)
SELECT i.id,
       jsonb_build_object(
           'Id', i.id, 'Score', i.score, 'Passed', i.score >= i.pass_threshold, 'SiteId', i.site_id, 'Version', 1,
           'Findings', 'Floors and restrooms checked.', 'PhotoUrl', NULL, 'CreatedAt', i.created_at,
           'UpdatedAt', i.created_at, 'ScheduleId', NULL, 'InspectorId', i.inspector_id,
           'PassThreshold', i.pass_threshold, 'InspectionDate', i.inspection_date, 'CorrectiveActions', NULL),
       now(), md5('inspection ' || i.n)::uuid, 'OpsPlatform.Modules.Janitorial.Inspections.SiteInspection',
       i.site_id, i.inspector_id, i.inspection_date, i.score, i.score >= i.pass_threshold, NULL, i.created_at
FROM (SELECT n,
             ('bbbbbbbb-0000-4000-8000-' || lpad(n::text, 12, '0'))::uuid AS id,
             ('dddddddd-0000-4000-8000-' || lpad((1 + n % 2000)::text, 12, '0'))::uuid AS site_id,
             (SELECT id FROM identity.users WHERE email = 'inspector@ops.local') AS inspector_id,
             date '2025-12-01' + (n % 365) AS inspection_date, 50 + n % 51 AS score,
             (ARRAY[70, 80, 90])[1 + (1 + n % 2000) % 3] AS pass_threshold,
             timestamptz '2026-01-01' AS created_at
      FROM generate_series(1, 50000) AS n) AS i;

CREATE TEMP TABLE seed_items ON COMMIT DROP AS
SELECT n,
       ('cccccccc-0000-4000-8000-' || lpad(n::text, 12, '0'))::uuid AS id,
       ('dddddddd-0000-4000-8000-' || lpad((1 + n % 2000)::text, 12, '0'))::uuid AS site_id,
       'Item ' || n AS item_name, 'SKU-' || n AS sku, (ARRAY['chemicals', 'paper', 'tools', 'liners'])[1 + n % 4] AS category,
       1000000::numeric AS quantity_on_hand, 10::numeric AS reorder_level, 'unit' AS unit, 2.50 AS unit_cost,
       timestamptz '2026-01-01' AS created_at
FROM generate_series(1, 20000) AS n;

-- The projection of the one `added` event: LastRestockedAt is its time (it opened with stock), UpdatedAt too.
INSERT INTO janitorial.mt_doc_supply_item (
    id, data, mt_last_modified, mt_dotnet_type, mt_version,
    site_id, sku, category, item_name, quantity_on_hand, created_at, below_reorder_level)
SELECT i.id,
       jsonb_build_object(
           'Id', i.id, 'Sku', i.sku, 'Unit', i.unit, 'SiteId', i.site_id, 'Version', 1, 'Category', i.category,
           'ItemName', i.item_name, 'UnitCost', i.unit_cost, 'CreatedAt', i.created_at, 'UpdatedAt', i.created_at,
           'ReorderLevel', i.reorder_level, 'QuantityOnHand', i.quantity_on_hand, 'LastRestockedAt', i.created_at,
           'BelowReorderLevel', false),
       now(), 'OpsPlatform.Modules.Janitorial.Inventory.SupplyItem', 1,
       i.site_id, i.sku, i.category, i.item_name, i.quantity_on_hand, i.created_at, false
FROM seed_items AS i;

INSERT INTO janitorial.mt_streams (id, type, version, timestamp, created, tenant_id, compacted_version, is_archived)
SELECT i.id, 'supply_item', 1, i.created_at, i.created_at, '*DEFAULT*', 0, false
FROM seed_items AS i;

INSERT INTO janitorial.mt_events (
    seq_id, id, stream_id, version, data, type, timestamp, tenant_id, mt_dotnet_type, is_archived)
SELECT nextval('janitorial.mt_events_sequence'),
       ('eeeeeeee-0000-4000-8000-' || lpad(i.n::text, 12, '0'))::uuid, i.id, 1,
       jsonb_build_object(
           'At', i.created_at, 'Sku', i.sku, 'Unit', i.unit, 'SiteId', i.site_id, 'Category', i.category,
           'ItemName', i.item_name, 'UnitCost', i.unit_cost, 'ReorderLevel', i.reorder_level,
           'QuantityOnHand', i.quantity_on_hand),
       'added', i.created_at, '*DEFAULT*',
       'OpsPlatform.Modules.Janitorial.Inventory.Ledger.SupplyItemLedger+Added, OpsPlatform.Modules.Janitorial', false
FROM seed_items AS i
ORDER BY i.n;

COMMIT;
