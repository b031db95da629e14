-- One row per occurrence: a recurring plan is expanded up to its repeat-until date when it is created, so every
-- occurrence has its own status, version and inspections. series_id groups the occurrences of one plan.
CREATE TABLE janitorial.cleaning_schedules (
    id                   uuid PRIMARY KEY,
    series_id            uuid        NOT NULL,
    site_id              uuid        NOT NULL REFERENCES janitorial.client_sites (id),
    assigned_to          uuid        NOT NULL,
    service_date         date        NOT NULL,
    start_time           time        NOT NULL,
    end_time             time        NOT NULL CHECK (end_time > start_time),
    starts_at            timestamptz NOT NULL,
    ends_at              timestamptz NOT NULL CHECK (ends_at > starts_at),
    frequency            text        NOT NULL CHECK (frequency IN ('once', 'daily', 'weekly', 'biweekly', 'monthly')),
    repeat_until         date        NULL,
    status               text        NOT NULL CHECK (status IN ('scheduled', 'in_progress', 'completed', 'missed', 'cancelled')),
    notes                text        NULL,
    source_work_order_id uuid        NULL,
    version              integer     NOT NULL,
    created_at           timestamptz NOT NULL,
    updated_at           timestamptz NOT NULL
);
-- A technician's calendar (their week) and the double-booking check.
CREATE INDEX ix_cleaning_schedules_assignee ON janitorial.cleaning_schedules (assigned_to, service_date, start_time, id);
CREATE INDEX ix_cleaning_schedules_assignee_slot ON janitorial.cleaning_schedules (assigned_to, starts_at) INCLUDE (ends_at, status);
CREATE INDEX ix_cleaning_schedules_site ON janitorial.cleaning_schedules (site_id, service_date, start_time, id);
CREATE INDEX ix_cleaning_schedules_status ON janitorial.cleaning_schedules (status, service_date, start_time, id);
CREATE INDEX ix_cleaning_schedules_series ON janitorial.cleaning_schedules (series_id, service_date, start_time, id);
CREATE INDEX ix_cleaning_schedules_service_date ON janitorial.cleaning_schedules (service_date, start_time, id);
CREATE INDEX ix_cleaning_schedules_created_at ON janitorial.cleaning_schedules (created_at, id);
-- The missed-occurrence job scans only what is still waiting to start.
CREATE INDEX ix_cleaning_schedules_waiting ON janitorial.cleaning_schedules (ends_at) WHERE status = 'scheduled';
-- A completed work order raises at most one follow-up cleaning.
CREATE UNIQUE INDEX ux_cleaning_schedules_source_work_order_id ON janitorial.cleaning_schedules (source_work_order_id) WHERE source_work_order_id IS NOT NULL;
