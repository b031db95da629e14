CREATE TABLE maintenance.work_orders (
    id                       uuid PRIMARY KEY,
    title                    text        NOT NULL,
    description              text        NOT NULL,
    priority                 text        NOT NULL CHECK (priority IN ('low', 'medium', 'high', 'urgent')),
    status                   text        NOT NULL CHECK (status IN ('requested', 'open', 'assigned', 'in_progress', 'on_hold', 'completed', 'closed', 'cancelled')),
    equipment_id             uuid        NULL REFERENCES maintenance.equipment (id),
    site_id                  uuid        NULL,
    technician_id            uuid        NULL REFERENCES maintenance.technicians (id),
    -- The assigned technician's user account, copied here so the technician row scope is one indexed predicate.
    technician_user_id       uuid        NULL,
    assignment_overridden_by uuid        NULL,
    requested_by             uuid        NOT NULL,
    due_at                   timestamptz NULL,
    source                   text        NOT NULL CHECK (source IN ('request', 'preventive', 'inspection', 'manual')),
    source_reference         text        NULL,
    preventive_plan_id       uuid        NULL,
    required_skills          text[]      NOT NULL,
    cancellation_reason      text        NULL,
    requested_at             timestamptz NULL,
    opened_at                timestamptz NULL,
    assigned_at              timestamptz NULL,
    started_at               timestamptz NULL,
    completed_at             timestamptz NULL,
    closed_at                timestamptz NULL,
    cancelled_at             timestamptz NULL,
    reopened_at              timestamptz NULL,
    version                  integer     NOT NULL,
    created_at               timestamptz NOT NULL,
    updated_at               timestamptz NOT NULL,
    priority_rank            smallint    GENERATED ALWAYS AS (CASE priority WHEN 'low' THEN 1 WHEN 'medium' THEN 2 WHEN 'high' THEN 3 ELSE 4 END) STORED,
    search_vector            tsvector    GENERATED ALWAYS AS (to_tsvector('english'::regconfig, title || ' ' || description)) STORED,
    CHECK (equipment_id IS NOT NULL OR site_id IS NOT NULL)
);
-- Every filter is paired with the default sort (created_at desc, id) so a filtered page is an index range scan.
CREATE INDEX ix_work_orders_created_at ON maintenance.work_orders (created_at DESC, id);
CREATE INDEX ix_work_orders_status ON maintenance.work_orders (status, created_at DESC, id);
CREATE INDEX ix_work_orders_priority ON maintenance.work_orders (priority, created_at DESC, id);
CREATE INDEX ix_work_orders_equipment ON maintenance.work_orders (equipment_id, created_at DESC, id);
CREATE INDEX ix_work_orders_site ON maintenance.work_orders (site_id, created_at DESC, id) WHERE site_id IS NOT NULL;
CREATE INDEX ix_work_orders_technician ON maintenance.work_orders (technician_id, created_at DESC, id);
CREATE INDEX ix_work_orders_technician_user ON maintenance.work_orders (technician_user_id, created_at DESC, id) WHERE technician_user_id IS NOT NULL;
CREATE INDEX ix_work_orders_requested_by ON maintenance.work_orders (requested_by, created_at DESC, id);
CREATE INDEX ix_work_orders_source ON maintenance.work_orders (source, created_at DESC, id);
CREATE INDEX ix_work_orders_due_at ON maintenance.work_orders (due_at, id);
CREATE INDEX ix_work_orders_overdue ON maintenance.work_orders (due_at, id)
    WHERE due_at IS NOT NULL AND status NOT IN ('completed', 'closed', 'cancelled');
CREATE INDEX ix_work_orders_priority_rank ON maintenance.work_orders (priority_rank, id);
CREATE INDEX ix_work_orders_title ON maintenance.work_orders (title, id);
CREATE INDEX ix_work_orders_updated_at ON maintenance.work_orders (updated_at, id);
CREATE INDEX ix_work_orders_search ON maintenance.work_orders USING gin (search_vector);
CREATE INDEX ix_work_orders_plan ON maintenance.work_orders (preventive_plan_id, created_at DESC, id) WHERE preventive_plan_id IS NOT NULL;
-- What raised it, at most once: one work order per failed inspection, one per preventive plan due date.
CREATE UNIQUE INDEX ux_work_orders_source_reference ON maintenance.work_orders (source, source_reference) WHERE source_reference IS NOT NULL;

-- Every status transition with its time: the reports and the history read these.
CREATE TABLE maintenance.work_order_transitions (
    id            uuid PRIMARY KEY,
    work_order_id uuid        NOT NULL REFERENCES maintenance.work_orders (id) ON DELETE CASCADE,
    from_status   text        NULL,
    to_status     text        NOT NULL,
    at            timestamptz NOT NULL,
    changed_by    uuid        NULL,
    note          text        NULL
);
CREATE INDEX ix_work_order_transitions_work_order ON maintenance.work_order_transitions (work_order_id, at, id);
CREATE INDEX ix_work_order_transitions_to_status ON maintenance.work_order_transitions (to_status, at);
