-- Issue 4's benchmark data, set-based (a few seconds): 2,000 client sites, 200 crew members, 200,000 schedule
-- occurrences, 50,000 inspections, 20,000 supply items. Deterministic ids ('<prefix>' + row number in 12 digits):
--   sites 'dddddddd-0000-4000-8000-', crew members (user ids) 'aaaaaaaa-0000-4000-8000-',
--   occurrences '00000000-0000-4000-8000-', inspections 'bbbbbbbb-0000-4000-8000-', items 'cccccccc-0000-4000-8000-'.
-- Site n is cleaned by crew member 1 + n % 200 (10 sites each); occurrence n is at site 1 + n % 2000 on one of the
-- 365 days from 2026-06-01, so each crew member has about 19 a week. Past occurrences are completed (one in ten
-- missed), later ones scheduled, so the missed-occurrence job finds nothing to do during the run.
INSERT INTO janitorial.client_sites (id, site_name, site_code, address, client_name, service_level, primary_contact_id,
    active, pass_threshold, client_sees_inspections, time_zone, version, created_at, updated_at)
SELECT ('dddddddd-0000-4000-8000-' || lpad(n::text, 12, '0'))::uuid,
       'Site ' || n, 'S' || lpad(n::text, 5, '0'), n || ' Bench Street', 'Client ' || (1 + n % 300),
       (ARRAY['basic', 'standard', 'premium'])[1 + n % 3],
       (SELECT id FROM identity.users WHERE email = 'manager@ops.local'),
       true, (ARRAY[70, 80, 90])[1 + n % 3], false, 'UTC', 1, timestamptz '2026-01-01', timestamptz '2026-01-01'
FROM generate_series(1, 2000) AS n;

INSERT INTO janitorial.site_members (site_id, user_id, role, assigned_at)
SELECT ('dddddddd-0000-4000-8000-' || lpad(n::text, 12, '0'))::uuid,
       ('aaaaaaaa-0000-4000-8000-' || lpad((1 + n % 200)::text, 12, '0'))::uuid, 'technician', timestamptz '2026-01-01'
FROM generate_series(1, 2000) AS n;

INSERT INTO janitorial.cleaning_schedules (id, series_id, site_id, assigned_to, service_date, start_time, end_time,
    starts_at, ends_at, frequency, repeat_until, status, notes, version, created_at, updated_at)
SELECT ('00000000-0000-4000-8000-' || lpad(n::text, 12, '0'))::uuid,
       ('dddddddd-0000-4000-8001-' || lpad(o.site::text, 12, '0'))::uuid,
       ('dddddddd-0000-4000-8000-' || lpad(o.site::text, 12, '0'))::uuid,
       ('aaaaaaaa-0000-4000-8000-' || lpad((1 + o.site % 200)::text, 12, '0'))::uuid,
       o.day, o.start_time, o.start_time + interval '2 hours',
       o.day + o.start_time, o.day + o.start_time + interval '2 hours',
       'weekly', date '2027-05-31',
       CASE WHEN o.day >= date '2026-12-01' THEN 'scheduled' WHEN n % 10 = 0 THEN 'missed' ELSE 'completed' END,
       NULL, 1, timestamptz '2026-05-01', timestamptz '2026-05-01'
FROM generate_series(1, 200000) AS n
CROSS JOIN LATERAL (SELECT 1 + n % 2000 AS site, date '2026-06-01' + (n % 365) AS day,
                           time '06:00' + (n % 6) * interval '2 hours' AS start_time) AS o;

INSERT INTO janitorial.site_inspections (id, site_id, schedule_id, inspector_id, inspection_date, score, findings,
    corrective_actions, photo_url, pass_threshold, passed, version, created_at, updated_at)
SELECT ('bbbbbbbb-0000-4000-8000-' || lpad(n::text, 12, '0'))::uuid,
       ('dddddddd-0000-4000-8000-' || lpad((1 + n % 2000)::text, 12, '0'))::uuid,
       NULL,
       (SELECT id FROM identity.users WHERE email = 'inspector@ops.local'),
       date '2025-12-01' + (n % 365), 50 + n % 51, 'Floors and restrooms checked.', NULL, NULL,
       (ARRAY[70, 80, 90])[1 + (1 + n % 2000) % 3], 50 + n % 51 >= (ARRAY[70, 80, 90])[1 + (1 + n % 2000) % 3],
       1, timestamptz '2026-01-01', timestamptz '2026-01-01'
FROM generate_series(1, 50000) AS n;

INSERT INTO janitorial.supply_items (id, site_id, item_name, sku, category, quantity_on_hand, reorder_level, unit,
    unit_cost, last_restocked_at, version, created_at, updated_at)
SELECT ('cccccccc-0000-4000-8000-' || lpad(n::text, 12, '0'))::uuid,
       ('dddddddd-0000-4000-8000-' || lpad((1 + n % 2000)::text, 12, '0'))::uuid,
       'Item ' || n, 'SKU-' || n, (ARRAY['chemicals', 'paper', 'tools', 'liners'])[1 + n % 4],
       1000000000, 10, 'unit', 2.50, timestamptz '2026-11-01', 1, timestamptz '2026-01-01', timestamptz '2026-01-01'
FROM generate_series(1, 20000) AS n;
