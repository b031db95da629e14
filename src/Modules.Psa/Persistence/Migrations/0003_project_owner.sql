-- A project's manager is now its owner (issue 13): projects stored before keep their lead under the new name. On a
-- fresh database Marten has not built the table yet, so there is nothing to move.
DO $$
BEGIN
    IF to_regclass('psa.mt_doc_project') IS NOT NULL THEN
        UPDATE psa.mt_doc_project SET data = (data - 'ManagerId') || jsonb_build_object('OwnerId', data -> 'ManagerId') WHERE data ? 'ManagerId';
        UPDATE psa.mt_doc_project SET data = (data - 'managerId') || jsonb_build_object('ownerId', data -> 'managerId') WHERE data ? 'managerId';
        IF EXISTS (SELECT 1 FROM information_schema.columns WHERE table_schema = 'psa' AND table_name = 'mt_doc_project' AND column_name = 'manager_id') THEN
            ALTER TABLE psa.mt_doc_project RENAME COLUMN manager_id TO owner_id;
        END IF;
        DROP INDEX IF EXISTS psa.ix_projects_manager_id;
    END IF;
END
$$;
