-- 1,000,000 work orders: the suite's 100,000 (work-orders-seed.sql, same mix, streams and events) and nine copies of
-- their documents with the next row numbers as ids ('00000000-0000-4000-8000-' + 100,001 ... 1,000,000), so every
-- status, priority and equipment keeps its share and the lists' filters match ten times as many rows (status=open:
-- 50,000; priority=high: 250,000). The copies have no stream: the 1M suite only reads (list, get). About 2.5 minutes here.
\ir work-orders-seed.sql
SET TimeZone = 'UTC';
INSERT INTO maintenance.mt_doc_work_order (
    id, data, mt_last_modified, mt_dotnet_type, mt_version,
    created_at, updated_at, status, priority, priority_rank, equipment_id, site_id, technician_id, technician_user_id,
    requested_by, source, source_reference, preventive_plan_id, due_at, title, started_at, completed_at)
SELECT c.id, jsonb_set(d.data, '{Id}', to_jsonb(c.id)), d.mt_last_modified, d.mt_dotnet_type, d.mt_version,
       d.created_at, d.updated_at, d.status, d.priority, d.priority_rank, d.equipment_id, d.site_id, d.technician_id,
       d.technician_user_id, d.requested_by, d.source, d.source_reference, d.preventive_plan_id, d.due_at, d.title,
       d.started_at, d.completed_at
FROM maintenance.mt_doc_work_order AS d
CROSS JOIN generate_series(1, 9) AS k
CROSS JOIN LATERAL (SELECT ('00000000-0000-4000-8000-' ||
                            lpad((right(d.id::text, 12)::bigint + k * 100000)::text, 12, '0'))::uuid AS id) AS c
WHERE d.id::text LIKE '00000000-0000-4000-8000-%';
