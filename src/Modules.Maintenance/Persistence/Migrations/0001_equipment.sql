CREATE TABLE maintenance.equipment (
    id            uuid PRIMARY KEY,
    name          text        NOT NULL,
    type          text        NOT NULL,
    serial_number text        NOT NULL,
    location      text        NOT NULL,
    status        text        NOT NULL CHECK (status IN ('operational', 'down', 'retired')),
    version       integer     NOT NULL,
    created_at    timestamptz NOT NULL,
    updated_at    timestamptz NOT NULL
);
CREATE UNIQUE INDEX ux_equipment_serial_number ON maintenance.equipment (serial_number);
CREATE INDEX ix_equipment_name ON maintenance.equipment (name, id);
CREATE INDEX ix_equipment_status ON maintenance.equipment (status, name, id);
CREATE INDEX ix_equipment_type ON maintenance.equipment (type, name, id);
CREATE INDEX ix_equipment_location ON maintenance.equipment (location, name, id);
CREATE INDEX ix_equipment_created_at ON maintenance.equipment (created_at, id);
