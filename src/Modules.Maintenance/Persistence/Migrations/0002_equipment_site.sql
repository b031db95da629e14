-- The janitorial client site a piece of equipment stands at (issue 5). No FK: sites live in another schema.
ALTER TABLE maintenance.equipment ADD COLUMN site_id uuid NULL;
CREATE INDEX ix_equipment_site_id ON maintenance.equipment (site_id, name, id) WHERE site_id IS NOT NULL;
