-- 100,000 pieces of equipment for the equipment suite, in Maintenance's Marten store. Ids are deterministic
-- ('eeeeeeee-0000-4000-8000-' + row number) so wrk and pgbench can pick random existing rows. Set-based; a few
-- seconds. Rows are written as Marten writes them (copied from a row the API stored): the document as
-- System.Text.Json serializes it (C# property names, the status as its C# name) in `data`, Marten's metadata columns
-- and the duplicated columns the indexes use.
SET TimeZone = 'UTC';
INSERT INTO maintenance.mt_doc_equipment (
    id, data, mt_last_modified, mt_version, mt_dotnet_type,
    serial_number, name, status, type, location, site_id, created_at)
SELECT e.id,
       jsonb_build_object('Id', e.id, 'Name', e.name, 'Type', e.type, 'SiteId', NULL, 'Status', e.status, 'Version', 1,
                          'Location', e.location, 'CreatedAt', e.created_at, 'UpdatedAt', e.created_at,
                          'SerialNumber', e.serial_number),
       now(), md5('equipment ' || e.n)::uuid, 'OpsPlatform.Modules.Maintenance.Equipment.Equipment',
       e.serial_number, e.name, e.status, e.type, e.location, NULL, e.created_at
FROM (SELECT n,
             ('eeeeeeee-0000-4000-8000-' || lpad(n::text, 12, '0'))::uuid AS id,
             'Unit ' || lpad(n::text, 6, '0') AS name,
             (ARRAY['hvac', 'elevator', 'boiler', 'pump', 'generator', 'conveyor'])[1 + n % 6] AS type,
             'SN-' || lpad(n::text, 6, '0') AS serial_number,
             'Building ' || chr(65 + n % 20) || ' floor ' || (n % 12) AS location,
             CASE WHEN n % 20 = 0 THEN 'Retired' WHEN n % 7 = 0 THEN 'Down' ELSE 'Operational' END AS status,
             timestamptz '2026-01-01' + n * interval '1 minute' AS created_at
      FROM generate_series(1, 100000) AS n) AS e;
