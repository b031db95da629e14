-- IT assets suite: hardware to check out and in, per-seat licenses with room, and the contention cases, in the module's
-- Marten store (schema it_assets). Ids are deterministic (a prefix per set + the row number in 12 digits) so wrk and
-- pgbench can pick existing rows. Rows are written as Marten writes them (copied from rows the API stored): the
-- document as System.Text.Json serializes it (C# property names, enums as their C# names) in `data`, Marten's
-- metadata columns and the duplicated columns the indexes use. Set-based; a few seconds.
--   11111111-… 40,000 hardware in stock, ready            (check-out walks them; list/get read them)
--   22222222-… 40,000 hardware deployed to the bench holder (check-in walks them), each with
--   33333333-… its open assignment (same row number)
--   44444444-… 20,000 per-seat licenses, 100 seats owned, 1 in use by
--   55555555-… one active seat each (same row number)      (seat assignment walks the licenses, release the seats)
--   66666666-…1 the contention license: 60 seats owned, 10 in use by the seats 67676767-…1..10 (50 free)
--   77777777-…1..20 hardware in stock for the same-asset check-out races
-- A copy of every seeded row is kept in schema bench, so a run's reset_sql can put the rows a run changed back.
SET TimeZone = 'UTC';

CREATE TEMP TABLE seed_hardware AS
SELECT n, set_no, id, tag, category, created_at, stage, holder, assignment_id
FROM (SELECT n, 1 AS set_no, ('11111111-0000-4000-8000-' || lpad(n::text, 12, '0'))::uuid AS id,
             'BS-' || lpad(n::text, 6, '0') AS tag, 'InStock' AS stage, NULL::uuid AS holder, NULL::uuid AS assignment_id
      FROM generate_series(1, 40000) AS n
      UNION ALL
      SELECT n, 2, ('22222222-0000-4000-8000-' || lpad(n::text, 12, '0'))::uuid,
             'BD-' || lpad(n::text, 6, '0'), 'Deployed', '99999999-0000-4000-8000-000000000001'::uuid,
             ('33333333-0000-4000-8000-' || lpad(n::text, 12, '0'))::uuid
      FROM generate_series(1, 40000) AS n
      UNION ALL
      SELECT n, 3, ('77777777-0000-4000-8000-' || lpad(n::text, 12, '0'))::uuid,
             'BC-' || lpad(n::text, 6, '0'), 'InStock', NULL, NULL
      FROM generate_series(1, 20) AS n) AS h,
     LATERAL (SELECT (ARRAY['Laptop', 'Desktop', 'Monitor', 'Phone', 'Tablet'])[1 + (n + set_no) % 5] AS category,
                     timestamptz '2026-01-01' + n * interval '1 minute' + set_no * interval '1 day' AS created_at) AS c;

INSERT INTO it_assets.mt_doc_hardware (
    id, data, mt_last_modified, mt_version, mt_dotnet_type,
    asset_tag, serial_number, name, stage, status, category, location, assigned_to, created_at, purchased_on, warranty_ends_on)
SELECT h.id,
       jsonb_build_object(
           'Id', h.id, 'Name', h.category || ' ' || h.tag, 'Model', 'Bench model', 'Notes', NULL, 'Stage', h.stage,
           'Status', 'Ready',
           'History', CASE WHEN h.holder IS NULL
               THEN jsonb_build_array(jsonb_build_object('At', h.created_at, 'By', '99999999-0000-4000-8000-000000000000',
                        'To', 'in_stock', 'From', NULL, 'Kind', 'Registered', 'Note', NULL))
               ELSE jsonb_build_array(jsonb_build_object('At', h.created_at, 'By', '99999999-0000-4000-8000-000000000000',
                        'To', 'in_stock', 'From', NULL, 'Kind', 'Registered', 'Note', NULL),
                    jsonb_build_object('At', h.created_at, 'By', '99999999-0000-4000-8000-000000000000',
                        'To', h.holder, 'From', 'in_stock', 'Kind', 'CheckedOut', 'Note', NULL)) END,
           'Version', 1, 'AssetTag', h.tag, 'Category', h.category, 'Location', 'HQ floor ' || (h.n % 8),
           'Supplier', 'Acme IT Supplies', 'CreatedAt', h.created_at, 'UpdatedAt', h.created_at, 'AssignedTo', h.holder,
           'PurchasedOn', '2026-01-15', 'Manufacturer', 'Lenovo', 'PurchaseCost', 1200, 'SerialNumber', 'SN-' || h.tag,
           'WarrantyEndsOn', '2029-01-15', 'AssignedLocation', NULL, 'OpenAssignmentId', h.assignment_id),
       now(), md5('hardware ' || h.id)::uuid, 'OpsPlatform.Modules.ItAssets.Hardware.HardwareAsset',
       h.tag, 'SN-' || h.tag, h.category || ' ' || h.tag, h.stage, 'Ready', h.category, 'HQ floor ' || (h.n % 8),
       h.holder, h.created_at, date '2026-01-15', date '2029-01-15'
FROM seed_hardware AS h;

INSERT INTO it_assets.mt_doc_assignment (
    id, data, mt_last_modified, mt_version, mt_dotnet_type,
    open_hardware_id, hardware_id, assigned_to, checked_out_at, expected_return_on, open_due_on)
SELECT h.assignment_id,
       jsonb_build_object(
           'Id', h.assignment_id, 'Note', NULL, 'IsOpen', true, 'Version', 1, 'AssetTag', h.tag, 'Location', NULL,
           'CreatedAt', h.created_at, 'OpenDueOn', NULL, 'UpdatedAt', h.created_at, 'AssignedTo', h.holder,
           'HardwareId', h.id, 'CheckInNote', NULL, 'CheckedInAt', NULL, 'CheckedInBy', NULL,
           'CheckedOutAt', h.created_at, 'CheckedOutBy', '99999999-0000-4000-8000-000000000000',
           'HardwareName', h.category || ' ' || h.tag, 'OpenHardwareId', h.id, 'ExpectedReturnOn', NULL),
       now(), md5('assignment ' || h.assignment_id)::uuid, 'OpsPlatform.Modules.ItAssets.Assignments.Assignment',
       h.id, h.id, h.holder, h.created_at, NULL, NULL
FROM seed_hardware AS h
WHERE h.assignment_id IS NOT NULL;

CREATE TEMP TABLE seed_license AS
SELECT n, ('44444444-0000-4000-8000-' || lpad(n::text, 12, '0'))::uuid AS id, 'Bench product ' || lpad(n::text, 6, '0') AS product,
       100 AS owned, 1 AS used, timestamptz '2026-02-01' + n * interval '1 minute' AS created_at
FROM generate_series(1, 20000) AS n
UNION ALL
SELECT 1, '66666666-0000-4000-8000-000000000001', 'Contended product', 60, 10, timestamptz '2026-02-01';

INSERT INTO it_assets.mt_doc_software_license (
    id, data, mt_last_modified, mt_version, mt_dotnet_type, product_name, vendor, model, expires_on, created_at)
SELECT l.id,
       jsonb_build_object(
           'Id', l.id, 'Model', 'PerSeat', 'Notes', NULL, 'Vendor', 'Bench vendor', 'Version', 1, 'CreatedAt', l.created_at,
           'ExpiresOn', NULL, 'SeatsUsed', l.used, 'UpdatedAt', l.created_at, 'SeatsOwned', l.owned, 'CostPerSeat', 20,
           'ProductName', l.product, 'PurchasedOn', '2026-01-15', 'BillingPeriod', NULL, 'ProductKeyCipher', NULL),
       now(), md5('license ' || l.id)::uuid, 'OpsPlatform.Modules.ItAssets.Licenses.SoftwareLicense',
       l.product, 'Bench vendor', 'PerSeat', NULL, l.created_at
FROM seed_license AS l;

INSERT INTO it_assets.mt_doc_license_seat (
    id, data, mt_last_modified, mt_version, mt_dotnet_type,
    active_holder_key, license_id, user_id, hardware_id, is_active, assigned_at)
SELECT s.id,
       jsonb_build_object(
           'Id', s.id, 'UserId', s.user_id, 'Version', 1, 'IsActive', true, 'CreatedAt', s.assigned_at,
           'LicenseId', s.license_id, 'UpdatedAt', s.assigned_at, 'AssignedAt', s.assigned_at,
           'AssignedBy', '99999999-0000-4000-8000-000000000000', 'HardwareId', NULL, 'ReleasedAt', NULL,
           'ReleasedBy', NULL, 'ActiveHolderKey', s.license_id || ':user:' || s.user_id),
       now(), md5('seat ' || s.id)::uuid, 'OpsPlatform.Modules.ItAssets.Seats.LicenseSeat',
       s.license_id || ':user:' || s.user_id, s.license_id, s.user_id, NULL, true, s.assigned_at
FROM (SELECT ('55555555-0000-4000-8000-' || lpad(n::text, 12, '0'))::uuid AS id,
             ('44444444-0000-4000-8000-' || lpad(n::text, 12, '0'))::uuid AS license_id,
             '99999999-0000-4000-8000-000000000001'::uuid AS user_id,
             timestamptz '2026-02-02' + n * interval '1 minute' AS assigned_at
      FROM generate_series(1, 20000) AS n
      UNION ALL
      SELECT ('67676767-0000-4000-8000-' || lpad(n::text, 12, '0'))::uuid,
             '66666666-0000-4000-8000-000000000001'::uuid,
             ('99999999-0000-4000-8000-1' || lpad(n::text, 11, '0'))::uuid,
             timestamptz '2026-02-02' + n * interval '1 minute'
      FROM generate_series(1, 10) AS n) AS s;

CREATE SCHEMA bench;
CREATE TABLE bench.hardware AS SELECT * FROM it_assets.mt_doc_hardware WHERE id IN (SELECT id FROM seed_hardware);
CREATE TABLE bench.assignment AS SELECT * FROM it_assets.mt_doc_assignment WHERE id IN (SELECT assignment_id FROM seed_hardware);
CREATE TABLE bench.software_license AS SELECT * FROM it_assets.mt_doc_software_license WHERE id IN (SELECT id FROM seed_license);
CREATE TABLE bench.license_seat AS SELECT * FROM it_assets.mt_doc_license_seat
    WHERE id::text LIKE '55555555-%' OR id::text LIKE '67676767-%';
ALTER TABLE bench.hardware ADD PRIMARY KEY (id);
ALTER TABLE bench.assignment ADD PRIMARY KEY (id);
ALTER TABLE bench.software_license ADD PRIMARY KEY (id);
ALTER TABLE bench.license_seat ADD PRIMARY KEY (id);
