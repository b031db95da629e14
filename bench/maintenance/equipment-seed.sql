-- 100,000 pieces of equipment for the equipment suite. Ids are deterministic ('eeeeeeee-0000-4000-8000-' + row
-- number) so wrk and pgbench can pick random existing rows. Set-based; about 2 s.
INSERT INTO maintenance.equipment (id, name, type, serial_number, location, status, version, created_at, updated_at)
SELECT ('eeeeeeee-0000-4000-8000-' || lpad(n::text, 12, '0'))::uuid,
       'Unit ' || lpad(n::text, 6, '0'),
       (ARRAY['hvac', 'elevator', 'boiler', 'pump', 'generator', 'conveyor'])[1 + n % 6],
       'SN-' || lpad(n::text, 6, '0'),
       'Building ' || chr(65 + n % 20) || ' floor ' || (n % 12),
       CASE WHEN n % 20 = 0 THEN 'retired' WHEN n % 7 = 0 THEN 'down' ELSE 'operational' END,
       1,
       timestamptz '2026-01-01' + n * interval '1 minute',
       timestamptz '2026-01-01' + n * interval '1 minute'
FROM generate_series(1, 100000) AS n;
