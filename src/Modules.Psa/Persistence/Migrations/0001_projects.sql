CREATE TABLE psa.projects (
    id          uuid PRIMARY KEY,
    code        text        NOT NULL,
    name        text        NOT NULL,
    client_name text        NOT NULL,
    description text        NOT NULL,
    status      text        NOT NULL CHECK (status IN ('planned', 'active', 'on_hold', 'completed', 'cancelled')),
    manager_id  uuid        NOT NULL,
    starts_on   date        NULL,
    due_on      date        NULL,
    version     integer     NOT NULL,
    created_at  timestamptz NOT NULL,
    updated_at  timestamptz NOT NULL,
    CHECK (due_on IS NULL OR starts_on IS NULL OR due_on >= starts_on)
);
CREATE UNIQUE INDEX ux_projects_code ON psa.projects (code);
CREATE INDEX ix_projects_name ON psa.projects (name, id);
CREATE INDEX ix_projects_status ON psa.projects (status, name, id);
CREATE INDEX ix_projects_manager_id ON psa.projects (manager_id, name, id);
CREATE INDEX ix_projects_client_name ON psa.projects (client_name, name, id);
CREATE INDEX ix_projects_due_on ON psa.projects (due_on, id);
CREATE INDEX ix_projects_created_at ON psa.projects (created_at, id);
