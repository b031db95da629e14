-- Work notes on a work order. No cascade: a work order with logs is never deleted (cancel it instead).
CREATE TABLE maintenance.maintenance_logs (
    id            uuid PRIMARY KEY,
    work_order_id uuid        NOT NULL REFERENCES maintenance.work_orders (id),
    entry         text        NOT NULL,
    logged_by     uuid        NOT NULL,
    minutes_spent integer     NOT NULL CHECK (minutes_spent >= 0),
    version       integer     NOT NULL,
    created_at    timestamptz NOT NULL,
    updated_at    timestamptz NOT NULL
);
CREATE INDEX ix_maintenance_logs_work_order ON maintenance.maintenance_logs (work_order_id, created_at DESC, id);
CREATE INDEX ix_maintenance_logs_logged_by ON maintenance.maintenance_logs (logged_by, created_at DESC, id);
