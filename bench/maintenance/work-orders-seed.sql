-- 100,000 work orders over 2,000 pieces of equipment, set-based (a few seconds). Ids are deterministic so wrk and
-- pgbench can pick existing rows: work orders '00000000-0000-4000-8000-' + row number (12 digits), equipment
-- 'eeeeeeee-0000-4000-8000-' + row number. Creation times are a permutation of 100,000 minutes, so every status
-- is spread over the whole time range. The status mix is that of a system in use for a while:
--   rows      1-10,000 in_progress  (10 %; the status-change benchmark toggles these to on_hold and back)
--        10,001-15,000 open          (5 %;  the filtered list: status=open)
--        15,001-20,000 assigned      (5 %)
--        20,001-22,000 on_hold       (2 %)
--        22,001-25,000 requested     (3 %)
--        25,001-35,000 completed     (10 %)
--        35,001-95,000 closed        (60 %)
--       95,001-100,000 cancelled     (5 %)
-- Priorities cycle low/medium/high/urgent (25 % each: the second, wider list filter).
INSERT INTO maintenance.equipment (id, name, type, serial_number, location, status, version, created_at, updated_at)
SELECT ('eeeeeeee-0000-4000-8000-' || lpad(n::text, 12, '0'))::uuid,
       'Unit ' || lpad(n::text, 4, '0'),
       (ARRAY['hvac', 'elevator', 'boiler', 'pump', 'generator', 'conveyor'])[1 + n % 6],
       'SN-' || lpad(n::text, 6, '0'),
       'Building ' || chr(65 + n % 20) || ' floor ' || (n % 12),
       CASE WHEN n % 50 = 0 THEN 'down' ELSE 'operational' END,
       1, timestamptz '2025-06-01', timestamptz '2025-06-01'
FROM generate_series(1, 2000) AS n;

INSERT INTO maintenance.work_orders (
    id, title, description, priority, status, equipment_id, site_id, requested_by, due_at, source, required_skills,
    requested_at, opened_at, assigned_at, started_at, completed_at, closed_at, cancelled_at, cancellation_reason,
    version, created_at, updated_at)
SELECT ('00000000-0000-4000-8000-' || lpad(n::text, 12, '0'))::uuid,
       'Work order ' || n || ': ' || (ARRAY['replace filter', 'inspect belt', 'fix leak', 'noise check', 'recalibrate'])[1 + n % 5],
       'Reported on unit ' || (1 + n % 2000) || '. Check, fix and log the parts used.',
       (ARRAY['low', 'medium', 'high', 'urgent'])[1 + n % 4],
       s.status,
       ('eeeeeeee-0000-4000-8000-' || lpad((1 + n % 2000)::text, 12, '0'))::uuid,
       NULL,
       (SELECT id FROM identity.users WHERE email = 'manager@ops.local'),
       c.created_at + interval '7 days',
       'manual', '{}',
       NULL,
       CASE WHEN s.status <> 'requested' THEN c.created_at END,
       CASE WHEN s.status NOT IN ('requested', 'open') THEN c.created_at + interval '1 hour' END,
       CASE WHEN s.status IN ('in_progress', 'on_hold', 'completed', 'closed') THEN c.created_at + interval '1 day' END,
       CASE WHEN s.status IN ('completed', 'closed') THEN c.created_at + interval '2 days' END,
       CASE WHEN s.status = 'closed' THEN c.created_at + interval '3 days' END,
       CASE WHEN s.status = 'cancelled' THEN c.created_at + interval '1 day' END,
       CASE WHEN s.status = 'cancelled' THEN 'Duplicate request' END,
       1, c.created_at, c.created_at
FROM generate_series(1, 100000) AS n
CROSS JOIN LATERAL (SELECT timestamptz '2025-06-01' + ((n::bigint * 7919) % 100000) * interval '1 minute' AS created_at) AS c
CROSS JOIN LATERAL (SELECT CASE
    WHEN n <= 10000 THEN 'in_progress' WHEN n <= 15000 THEN 'open' WHEN n <= 20000 THEN 'assigned'
    WHEN n <= 22000 THEN 'on_hold' WHEN n <= 25000 THEN 'requested' WHEN n <= 35000 THEN 'completed'
    WHEN n <= 95000 THEN 'closed' ELSE 'cancelled' END AS status) AS s;

-- The raise of each, as the history keeps it.
INSERT INTO maintenance.work_order_transitions (id, work_order_id, from_status, to_status, at, changed_by)
SELECT gen_random_uuid(), w.id, NULL, 'open', w.created_at, w.requested_by FROM maintenance.work_orders AS w;
