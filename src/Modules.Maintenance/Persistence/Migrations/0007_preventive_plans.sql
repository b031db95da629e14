-- A recurring job on a piece of equipment. raises_at = next_due_at - lead time: when its work order is raised.
-- next_due_at is null while a floating plan waits for its last work order to be completed.
CREATE TABLE maintenance.preventive_plans (
    id                  uuid PRIMARY KEY,
    equipment_id        uuid        NOT NULL REFERENCES maintenance.equipment (id),
    title               text        NOT NULL,
    description         text        NOT NULL,
    priority            text        NOT NULL CHECK (priority IN ('low', 'medium', 'high', 'urgent')),
    required_skills     text[]      NOT NULL,
    interval_count      integer     NOT NULL CHECK (interval_count > 0),
    interval_unit       text        NOT NULL CHECK (interval_unit IN ('days', 'weeks', 'months')),
    mode                text        NOT NULL CHECK (mode IN ('fixed', 'floating')),
    lead_time_days      integer     NOT NULL CHECK (lead_time_days >= 0),
    first_due_at        timestamptz NOT NULL,
    next_due_at         timestamptz NULL,
    raises_at           timestamptz NULL,
    last_raised_due_at  timestamptz NULL,
    last_completed_at   timestamptz NULL,
    awaiting_completion boolean     NOT NULL,
    active              boolean     NOT NULL,
    created_by          uuid        NOT NULL,
    version             integer     NOT NULL,
    created_at          timestamptz NOT NULL,
    updated_at          timestamptz NOT NULL
);
CREATE INDEX ix_preventive_plans_equipment ON maintenance.preventive_plans (equipment_id, next_due_at, id);
CREATE INDEX ix_preventive_plans_next_due_at ON maintenance.preventive_plans (next_due_at, id);
CREATE INDEX ix_preventive_plans_active ON maintenance.preventive_plans (active, next_due_at, id);
CREATE INDEX ix_preventive_plans_raises_at ON maintenance.preventive_plans (raises_at, id) WHERE active AND raises_at IS NOT NULL;
CREATE INDEX ix_preventive_plans_title ON maintenance.preventive_plans (title, id);
CREATE INDEX ix_preventive_plans_created_at ON maintenance.preventive_plans (created_at, id);
