-- The inspections list filters by outcome (passed=true|false); failures are the rows people look for.
CREATE INDEX ix_site_inspections_passed ON janitorial.site_inspections (passed, inspection_date, id);
CREATE INDEX ix_site_inspections_failed_by_site ON janitorial.site_inspections (site_id, inspection_date, id) WHERE NOT passed;
