-- Janitorial moves to the module's Marten store (ADR 0010): documents, the supply items' stock ledger streams and
-- their projection in janitorial.mt_*, built by Marten. The old tables are kept under other names, not dropped, so no
-- stored row is lost; their indexes and constraints go (Marten's indexes take their names).
ALTER TABLE IF EXISTS janitorial.inspection_photos DROP CONSTRAINT IF EXISTS inspection_photos_inspection_id_fkey;
ALTER TABLE IF EXISTS janitorial.site_inspections DROP CONSTRAINT IF EXISTS site_inspections_site_id_fkey;
ALTER TABLE IF EXISTS janitorial.site_inspections DROP CONSTRAINT IF EXISTS site_inspections_schedule_id_fkey;
ALTER TABLE IF EXISTS janitorial.supply_items DROP CONSTRAINT IF EXISTS supply_items_site_id_fkey;
ALTER TABLE IF EXISTS janitorial.cleaning_schedules DROP CONSTRAINT IF EXISTS cleaning_schedules_site_id_fkey;
ALTER TABLE IF EXISTS janitorial.site_members DROP CONSTRAINT IF EXISTS site_members_site_id_fkey;
DO $$
DECLARE old record;
BEGIN
    FOR old IN SELECT indexname FROM pg_indexes
               WHERE schemaname = 'janitorial' AND indexname NOT LIKE '%pkey'
                 AND tablename IN ('client_sites', 'site_members', 'cleaning_schedules', 'supply_items', 'site_inspections', 'inspection_photos')
    LOOP
        EXECUTE format('DROP INDEX janitorial.%I', old.indexname);
    END LOOP;
END $$;
ALTER TABLE IF EXISTS janitorial.client_sites RENAME TO client_sites_before_marten;
ALTER TABLE IF EXISTS janitorial.site_members RENAME TO site_members_before_marten;
ALTER TABLE IF EXISTS janitorial.cleaning_schedules RENAME TO cleaning_schedules_before_marten;
ALTER TABLE IF EXISTS janitorial.supply_items RENAME TO supply_items_before_marten;
ALTER TABLE IF EXISTS janitorial.site_inspections RENAME TO site_inspections_before_marten;
ALTER TABLE IF EXISTS janitorial.inspection_photos RENAME TO inspection_photos_before_marten;
