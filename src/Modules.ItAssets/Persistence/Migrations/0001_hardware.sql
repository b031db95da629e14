CREATE TABLE it_assets.hardware (
    id               uuid PRIMARY KEY,
    asset_tag        text          NOT NULL,
    name             text          NOT NULL,
    category         text          NOT NULL CHECK (category IN ('laptop', 'desktop', 'server', 'monitor', 'phone', 'tablet', 'network', 'peripheral', 'other')),
    serial_number    text          NULL,
    status           text          NOT NULL CHECK (status IN ('in_stock', 'assigned', 'in_repair', 'retired')),
    assigned_to      uuid          NULL,
    purchased_on     date          NULL,
    purchase_cost    numeric(12,2) NULL CHECK (purchase_cost >= 0),
    warranty_ends_on date          NULL,
    version          integer       NOT NULL,
    created_at       timestamptz   NOT NULL,
    updated_at       timestamptz   NOT NULL,
    CHECK ((status = 'assigned') = (assigned_to IS NOT NULL))
);
CREATE UNIQUE INDEX ux_hardware_asset_tag ON it_assets.hardware (asset_tag);
CREATE INDEX ix_hardware_name ON it_assets.hardware (name, id);
CREATE INDEX ix_hardware_status ON it_assets.hardware (status, name, id);
CREATE INDEX ix_hardware_category ON it_assets.hardware (category, name, id);
CREATE INDEX ix_hardware_assigned_to ON it_assets.hardware (assigned_to, name, id) WHERE assigned_to IS NOT NULL;
CREATE INDEX ix_hardware_created_at ON it_assets.hardware (created_at, id);
CREATE INDEX ix_hardware_warranty_ends_on ON it_assets.hardware (warranty_ends_on, id);
