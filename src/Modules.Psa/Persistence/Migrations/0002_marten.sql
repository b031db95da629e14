-- Projects move to the module's Marten store (ADR 0010): documents in psa.mt_doc_project, built by Marten. The old
-- table is kept under another name, not dropped, so no stored row is lost; its indexes go (Marten's take their names).
DROP INDEX IF EXISTS psa.ux_projects_code, psa.ix_projects_name, psa.ix_projects_status, psa.ix_projects_manager_id,
    psa.ix_projects_client_name, psa.ix_projects_due_on, psa.ix_projects_created_at;
ALTER TABLE IF EXISTS psa.projects RENAME TO projects_before_marten;
