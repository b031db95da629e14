-- Maintenance moves to the module's Marten store (ADR 0010): documents, the work-order event stream and its
-- projection in maintenance.mt_*, built by Marten. The old tables are kept under other names, not dropped, so no
-- stored row is lost; their indexes and constraints go (Marten's indexes take their names).
ALTER TABLE IF EXISTS maintenance.schedule_entries DROP CONSTRAINT IF EXISTS schedule_entries_work_order_id_fkey;
ALTER TABLE IF EXISTS maintenance.schedule_entries DROP CONSTRAINT IF EXISTS schedule_entries_technician_id_fkey;
ALTER TABLE IF EXISTS maintenance.maintenance_logs DROP CONSTRAINT IF EXISTS maintenance_logs_work_order_id_fkey;
DO $$
DECLARE old record;
BEGIN
    FOR old IN SELECT indexname FROM pg_indexes
               WHERE schemaname = 'maintenance' AND indexname NOT LIKE '%pkey'
                 AND tablename IN ('equipment', 'technicians', 'work_orders', 'work_order_transitions', 'schedule_entries', 'maintenance_logs', 'preventive_plans')
    LOOP
        EXECUTE format('DROP INDEX maintenance.%I', old.indexname);
    END LOOP;
END $$;
ALTER TABLE IF EXISTS maintenance.equipment RENAME TO equipment_before_marten;
ALTER TABLE IF EXISTS maintenance.technicians RENAME TO technicians_before_marten;
ALTER TABLE IF EXISTS maintenance.work_orders RENAME TO work_orders_before_marten;
ALTER TABLE IF EXISTS maintenance.work_order_transitions RENAME TO work_order_transitions_before_marten;
ALTER TABLE IF EXISTS maintenance.schedule_entries RENAME TO schedule_entries_before_marten;
ALTER TABLE IF EXISTS maintenance.maintenance_logs RENAME TO maintenance_logs_before_marten;
ALTER TABLE IF EXISTS maintenance.preventive_plans RENAME TO preventive_plans_before_marten;
