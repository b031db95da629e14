-- The PSA suite's data, in the module's Marten store: 1,000 active projects of the demo manager (each with one member
-- and one client viewer), 50 tasks per project (50,000) and one document per project with one stored version (the
-- file itself is written by psa.py). Ids are deterministic (prefix + row number) so wrk and pgbench pick random
-- existing rows: projects 'aaaaaaaa-…', tasks 'bbbbbbbb-…', documents 'cccccccc-…', files 'dddddddd-…'. Rows are
-- written as Marten writes them: the document as System.Text.Json serializes it (C# property names, enums as their
-- C# names) in `data`, Marten's metadata columns and the duplicated columns the indexes use.
SET TimeZone = 'UTC';
CREATE TEMP TABLE bench_manager AS SELECT id FROM identity.users WHERE normalized_email = 'MANAGER@OPS.LOCAL';

INSERT INTO psa.mt_doc_project (
    id, data, mt_last_modified, mt_version, mt_dotnet_type,
    code, name, status, owner_id, client_name, due_on, archived, created_at)
SELECT p.id,
       jsonb_build_object('Id', p.id, 'Code', p.code, 'Name', p.name, 'ClientName', p.client, 'Description', 'Bench project',
                          'Status', 'Active', 'OwnerId', m.id, 'StartsOn', date '2026-01-01', 'DueOn', p.due_on,
                          'BudgetHours', 500, 'BudgetAmount', 75000, 'HourlyRate', 150, 'Archived', false,
                          'Members', jsonb_build_array(
                              jsonb_build_object('UserId', p.member, 'Role', 'Member', 'AddedAt', p.created_at),
                              jsonb_build_object('UserId', p.viewer, 'Role', 'ClientViewer', 'AddedAt', p.created_at)),
                          'History', '[]'::jsonb, 'Version', 1, 'CreatedAt', p.created_at, 'UpdatedAt', p.created_at),
       now(), md5('project ' || p.n)::uuid, 'OpsPlatform.Modules.Psa.Projects.Project',
       p.code, p.name, 'Active', m.id, p.client, p.due_on, false, p.created_at
FROM (SELECT n,
             ('aaaaaaaa-0000-4000-8000-' || lpad(n::text, 12, '0'))::uuid AS id,
             'BENCH-' || lpad(n::text, 5, '0') AS code,
             'Engagement ' || lpad(n::text, 5, '0') AS name,
             'Client ' || (n % 97) AS client,
             date '2026-06-01' + (n % 180) AS due_on,
             md5('member ' || n)::uuid AS member,
             md5('viewer ' || n)::uuid AS viewer,
             timestamptz '2026-01-01' + n * interval '1 minute' AS created_at
      FROM generate_series(1, 1000) AS n) AS p, bench_manager AS m;

INSERT INTO psa.mt_doc_project_task (
    id, data, mt_last_modified, mt_version, mt_dotnet_type,
    project_id, assignee_id, status, due_on, priority_rank, title, created_at)
SELECT t.id,
       jsonb_build_object('Id', t.id, 'ProjectId', t.project_id, 'Title', t.title, 'Description', '', 'AssigneeId', t.assignee,
                          'DueOn', t.due_on, 'Priority', t.priority, 'PriorityRank', t.rank, 'EstimateHours', 8,
                          'Status', t.status, 'CompletedAt', NULL, 'Version', 1, 'CreatedAt', t.created_at, 'UpdatedAt', t.created_at),
       now(), md5('task ' || t.n)::uuid, 'OpsPlatform.Modules.Psa.Tasks.ProjectTask',
       t.project_id, t.assignee, t.status, t.due_on, t.rank, t.title, t.created_at
FROM (SELECT n,
             ('bbbbbbbb-0000-4000-8000-' || lpad(n::text, 12, '0'))::uuid AS id,
             ('aaaaaaaa-0000-4000-8000-' || lpad((1 + (n - 1) / 50)::text, 12, '0'))::uuid AS project_id,
             md5('member ' || (1 + (n - 1) / 50))::uuid AS assignee,
             'Task ' || lpad(n::text, 6, '0') AS title,
             date '2026-01-01' + (n % 365) AS due_on,
             (ARRAY['Low', 'Normal', 'High', 'Urgent'])[1 + n % 4] AS priority,
             1 + n % 4 AS rank,
             (ARRAY['ToDo', 'InProgress', 'Done', 'Blocked'])[1 + n % 4] AS status,
             timestamptz '2026-01-01' + n * interval '1 second' AS created_at
      FROM generate_series(1, 50000) AS n) AS t;

INSERT INTO psa.mt_doc_project_document (
    id, data, mt_last_modified, mt_version, mt_dotnet_type,
    project_id, title, shared_with_clients, created_at)
SELECT d.id,
       jsonb_build_object('Id', d.id, 'ProjectId', d.project_id, 'Title', d.title, 'OwnerId', m.id, 'SharedWithClients', true,
                          'CurrentVersion', 1,
                          'Versions', jsonb_build_array(jsonb_build_object(
                              'Number', 1, 'FileId', d.file_id, 'FileName', 'statement-of-work.txt', 'ContentType', 'text/plain',
                              'Length', 10000, 'Sha256', 'ed1d5fd57ad1e9382d9e4b6cec149bf938c2276ad3ff2a0f87d43217f21ef29b',
                              'UploadedBy', m.id, 'UploadedAt', d.created_at)),
                          'Version', 1, 'CreatedAt', d.created_at, 'UpdatedAt', d.created_at),
       now(), md5('document ' || d.n)::uuid, 'OpsPlatform.Modules.Psa.Documents.ProjectDocument',
       d.project_id, d.title, true, d.created_at
FROM (SELECT n,
             ('cccccccc-0000-4000-8000-' || lpad(n::text, 12, '0'))::uuid AS id,
             ('aaaaaaaa-0000-4000-8000-' || lpad(n::text, 12, '0'))::uuid AS project_id,
             ('dddddddd-0000-4000-8000-' || lpad(n::text, 12, '0'))::uuid AS file_id,
             'Statement of work ' || lpad(n::text, 5, '0') AS title,
             timestamptz '2026-01-01' + n * interval '1 minute' AS created_at
      FROM generate_series(1, 1000) AS n) AS d, bench_manager AS m;
