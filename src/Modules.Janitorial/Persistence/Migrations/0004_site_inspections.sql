CREATE TABLE janitorial.site_inspections (
    id                 uuid PRIMARY KEY,
    site_id            uuid        NOT NULL REFERENCES janitorial.client_sites (id),
    schedule_id        uuid        NULL REFERENCES janitorial.cleaning_schedules (id),
    inspector_id       uuid        NOT NULL,
    inspection_date    date        NOT NULL,
    score              integer     NOT NULL CHECK (score BETWEEN 0 AND 100),
    findings           text        NOT NULL,
    corrective_actions text        NULL,
    photo_url          text        NULL CHECK (photo_url IS NULL OR photo_url LIKE 'https://%'),
    pass_threshold     integer     NOT NULL CHECK (pass_threshold BETWEEN 0 AND 100),
    passed             boolean     NOT NULL,
    version            integer     NOT NULL,
    created_at         timestamptz NOT NULL,
    updated_at         timestamptz NOT NULL
);
-- The site scorecard reads only this index (score and outcome ride along).
CREATE INDEX ix_site_inspections_site ON janitorial.site_inspections (site_id, inspection_date, id) INCLUDE (score, passed);
CREATE INDEX ix_site_inspections_inspector ON janitorial.site_inspections (inspector_id, inspection_date, id);
CREATE INDEX ix_site_inspections_inspection_date ON janitorial.site_inspections (inspection_date, id);
CREATE INDEX ix_site_inspections_score ON janitorial.site_inspections (score, id);
CREATE INDEX ix_site_inspections_created_at ON janitorial.site_inspections (created_at, id);
CREATE INDEX ix_site_inspections_schedule ON janitorial.site_inspections (schedule_id) WHERE schedule_id IS NOT NULL;

-- The scorecard's missed-schedule count per site and month.
CREATE INDEX ix_cleaning_schedules_site_missed ON janitorial.cleaning_schedules (site_id, service_date) WHERE status = 'missed';
