-- 100,000 work orders over 2,000 pieces of equipment in Maintenance's Marten store, set-based (about 20 s). Ids are
-- deterministic so wrk and pgbench can pick existing rows: work orders '00000000-0000-4000-8000-' + row number (12
-- digits), equipment 'eeeeeeee-0000-4000-8000-' + row number, the first event of each stream
-- 'dddddddd-0000-4000-8000-' + row number. Creation times are a permutation of 100,000 minutes, so every status is
-- spread over the whole time range. The status mix is that of a system in use for a while:
--   rows      1-10,000 InProgress  (10 %; the status-change benchmark toggles these to OnHold and back)
--        10,001-15,000 Open        (5 %;  the filtered list: status=open)
--        15,001-20,000 Assigned    (5 %)
--        20,001-22,000 OnHold      (2 %)
--        22,001-25,000 Requested   (3 %)
--        25,001-35,000 Completed   (10 %)
--        35,001-95,000 Closed      (60 %)
--       95,001-100,000 Cancelled   (5 %)
-- Priorities cycle Low/Medium/High/Urgent (25 % each: the second, wider list filter).
--
-- Rows are written as Marten writes them (copied from rows the API stored): the document as System.Text.Json
-- serializes it (C# property names, enums as their C# names) in `data`, Marten's metadata columns (mt_version,
-- mt_dotnet_type, mt_last_modified) and the duplicated columns the indexes use. A work order is an event stream
-- (maintenance.mt_streams, version 1) with one event, its raise (maintenance.mt_events, version 1, seq_id from
-- Marten's sequence); its document (mt_doc_work_order, the inline projection) carries Version 1 = the stream's version.
-- The document holds the seeded state (in progress, closed, ...) while the stream holds only the raise, as the old
-- seed's transition table did: a projection rebuild would give 'Open'. Commands read the document (FetchForWriting of
-- an inline projection), so every workflow step works from the seeded state.
SET TimeZone = 'UTC';
BEGIN;

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
             'Unit ' || lpad(n::text, 4, '0') AS name,
             (ARRAY['hvac', 'elevator', 'boiler', 'pump', 'generator', 'conveyor'])[1 + n % 6] AS type,
             'SN-' || lpad(n::text, 6, '0') AS serial_number,
             'Building ' || chr(65 + n % 20) || ' floor ' || (n % 12) AS location,
             CASE WHEN n % 50 = 0 THEN 'Down' ELSE 'Operational' END AS status,
             timestamptz '2025-06-01' AS created_at
      FROM generate_series(1, 2000) AS n) AS e;

CREATE TEMP TABLE seed_work_orders ON COMMIT DROP AS
SELECT n,
       ('00000000-0000-4000-8000-' || lpad(n::text, 12, '0'))::uuid AS id,
       'Work order ' || n || ': ' || (ARRAY['replace filter', 'inspect belt', 'fix leak', 'noise check', 'recalibrate'])[1 + n % 5] AS title,
       'Reported on unit ' || (1 + n % 2000) || '. Check, fix and log the parts used.' AS description,
       (ARRAY['Low', 'Medium', 'High', 'Urgent'])[1 + n % 4] AS priority,
       1 + n % 4 AS priority_rank,
       s.status,
       ('eeeeeeee-0000-4000-8000-' || lpad((1 + n % 2000)::text, 12, '0'))::uuid AS equipment_id,
       (SELECT id FROM identity.users WHERE email = 'manager@ops.local') AS requested_by,
       c.created_at,
       c.created_at + interval '7 days' AS due_at,
       CASE WHEN s.status = 'Requested' THEN c.created_at END AS requested_at,
       CASE WHEN s.status <> 'Requested' THEN c.created_at END AS opened_at,
       CASE WHEN s.status NOT IN ('Requested', 'Open') THEN c.created_at + interval '1 hour' END AS assigned_at,
       CASE WHEN s.status IN ('InProgress', 'OnHold', 'Completed', 'Closed') THEN c.created_at + interval '1 day' END AS started_at,
       CASE WHEN s.status IN ('Completed', 'Closed') THEN c.created_at + interval '2 days' END AS completed_at,
       CASE WHEN s.status = 'Closed' THEN c.created_at + interval '3 days' END AS closed_at,
       CASE WHEN s.status = 'Cancelled' THEN c.created_at + interval '1 day' END AS cancelled_at,
       CASE WHEN s.status = 'Cancelled' THEN 'Duplicate request' END AS cancellation_reason
FROM generate_series(1, 100000) AS n
CROSS JOIN LATERAL (SELECT timestamptz '2025-06-01' + ((n::bigint * 7919) % 100000) * interval '1 minute' AS created_at) AS c
CROSS JOIN LATERAL (SELECT CASE
    WHEN n <= 10000 THEN 'InProgress' WHEN n <= 15000 THEN 'Open' WHEN n <= 20000 THEN 'Assigned'
    WHEN n <= 22000 THEN 'OnHold' WHEN n <= 25000 THEN 'Requested' WHEN n <= 35000 THEN 'Completed'
    WHEN n <= 95000 THEN 'Closed' ELSE 'Cancelled' END AS status) AS s;

-- The document (the inline projection's row). UpdatedAt is the last event's time: the raise.
INSERT INTO maintenance.mt_doc_work_order (
    id, data, mt_last_modified, mt_dotnet_type, mt_version,
    created_at, updated_at, status, priority, priority_rank, equipment_id, site_id, technician_id, technician_user_id,
    requested_by, source, source_reference, preventive_plan_id, due_at, title, started_at, completed_at)
SELECT w.id,
       jsonb_build_object(
           'Id', w.id, 'DueAt', w.due_at, 'Title', w.title, 'SiteId', NULL, 'Source', 'Manual', 'Status', w.status,
           'Version', 1, 'ClosedAt', w.closed_at, 'OpenedAt', w.opened_at, 'Priority', w.priority,
           'CreatedAt', w.created_at, 'StartedAt', w.started_at, 'UpdatedAt', w.created_at, 'AssignedAt', w.assigned_at,
           'ReopenedAt', NULL, 'CancelledAt', w.cancelled_at, 'CompletedAt', w.completed_at,
           'Description', w.description, 'EquipmentId', w.equipment_id, 'RequestedAt', w.requested_at,
           'RequestedBy', w.requested_by, 'PriorityRank', w.priority_rank, 'TechnicianId', NULL,
           'RequiredSkills', '[]'::jsonb, 'SourceReference', NULL, 'PreventivePlanId', NULL, 'TechnicianUserId', NULL,
           'CancellationReason', w.cancellation_reason, 'AssignmentOverriddenBy', NULL),
       now(), 'OpsPlatform.Modules.Maintenance.WorkOrders.WorkOrder', 1,
       w.created_at, w.created_at, w.status, w.priority, w.priority_rank, w.equipment_id, NULL, NULL, NULL,
       w.requested_by, 'Manual', NULL, NULL, w.due_at, w.title, w.started_at, w.completed_at
FROM seed_work_orders AS w;

-- One stream per work order, at version 1.
INSERT INTO maintenance.mt_streams (id, type, version, timestamp, created, tenant_id, compacted_version, is_archived)
SELECT w.id, 'work_order', 1, w.created_at, w.created_at, '*DEFAULT*', 0, false
FROM seed_work_orders AS w;

-- Its first event: the raise (to Open, or Requested for a request), as the history keeps it.
INSERT INTO maintenance.mt_events (
    seq_id, id, stream_id, version, data, type, timestamp, tenant_id, mt_dotnet_type, is_archived)
SELECT nextval('maintenance.mt_events_sequence'),
       ('dddddddd-0000-4000-8000-' || lpad(w.n::text, 12, '0'))::uuid, w.id, 1,
       jsonb_build_object(
           'At', w.created_at, 'DueAt', w.due_at, 'Title', w.title, 'SiteId', NULL, 'Source', 'Manual',
           'Status', CASE WHEN w.status = 'Requested' THEN 'Requested' ELSE 'Open' END, 'Priority', w.priority,
           'Description', w.description, 'EquipmentId', w.equipment_id, 'RequestedBy', w.requested_by,
           'RequiredSkills', '[]'::jsonb, 'SourceReference', NULL, 'PreventivePlanId', NULL),
       'raised', w.created_at, '*DEFAULT*',
       'OpsPlatform.Modules.Maintenance.WorkOrders.History.WorkOrderHistory+Raised, OpsPlatform.Modules.Maintenance', false
FROM seed_work_orders AS w
ORDER BY w.n;

COMMIT;
