-- Skills, weekly hours and dated unavailability are small value lists read and replaced with their technician.
CREATE TABLE maintenance.technicians (
    id                  uuid PRIMARY KEY,
    name                text        NOT NULL,
    user_id             uuid        NULL,
    active              boolean     NOT NULL,
    skills              jsonb       NOT NULL,
    weekly_availability jsonb       NOT NULL,
    unavailability      jsonb       NOT NULL,
    version             integer     NOT NULL,
    created_at          timestamptz NOT NULL,
    updated_at          timestamptz NOT NULL
);
CREATE UNIQUE INDEX ux_technicians_user_id ON maintenance.technicians (user_id) WHERE user_id IS NOT NULL;
CREATE INDEX ix_technicians_name ON maintenance.technicians (name, id);
CREATE INDEX ix_technicians_active ON maintenance.technicians (active, name, id);
CREATE INDEX ix_technicians_created_at ON maintenance.technicians (created_at, id);
CREATE INDEX ix_technicians_skills ON maintenance.technicians USING gin (skills jsonb_path_ops);
