-- A technician booked on a work order for a time slot. Overlaps are refused by the handler under a per-technician
-- advisory lock, unless a manager overrides (then overridden_by and the reasons are kept).
CREATE TABLE maintenance.schedule_entries (
    id               uuid PRIMARY KEY,
    work_order_id    uuid        NOT NULL REFERENCES maintenance.work_orders (id) ON DELETE CASCADE,
    technician_id    uuid        NOT NULL REFERENCES maintenance.technicians (id),
    starts_at        timestamptz NOT NULL,
    ends_at          timestamptz NOT NULL,
    booked_by        uuid        NOT NULL,
    overridden_by    uuid        NULL,
    override_reasons text        NULL,
    version          integer     NOT NULL,
    created_at       timestamptz NOT NULL,
    updated_at       timestamptz NOT NULL,
    CHECK (ends_at > starts_at)
);
CREATE INDEX ix_schedule_entries_technician ON maintenance.schedule_entries (technician_id, starts_at, id);
CREATE INDEX ix_schedule_entries_work_order ON maintenance.schedule_entries (work_order_id, starts_at, id);
CREATE INDEX ix_schedule_entries_starts_at ON maintenance.schedule_entries (starts_at, id);
