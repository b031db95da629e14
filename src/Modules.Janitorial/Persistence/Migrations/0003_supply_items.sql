CREATE TABLE janitorial.supply_items (
    id                uuid PRIMARY KEY,
    site_id           uuid          NOT NULL REFERENCES janitorial.client_sites (id),
    item_name         text          NOT NULL,
    sku               text          NOT NULL,
    category          text          NOT NULL,
    quantity_on_hand  numeric(12,2) NOT NULL CHECK (quantity_on_hand >= 0),
    reorder_level     numeric(12,2) NOT NULL CHECK (reorder_level >= 0),
    unit              text          NOT NULL,
    unit_cost         numeric(12,2) NULL CHECK (unit_cost >= 0),
    last_restocked_at timestamptz   NULL,
    version           integer       NOT NULL,
    created_at        timestamptz   NOT NULL,
    updated_at        timestamptz   NOT NULL
);
CREATE UNIQUE INDEX ux_supply_items_site_sku ON janitorial.supply_items (site_id, sku);
CREATE INDEX ix_supply_items_site ON janitorial.supply_items (site_id, item_name, id);
CREATE INDEX ix_supply_items_category ON janitorial.supply_items (category, item_name, id);
CREATE INDEX ix_supply_items_item_name ON janitorial.supply_items (item_name, id);
CREATE INDEX ix_supply_items_quantity ON janitorial.supply_items (quantity_on_hand, id);
CREATE INDEX ix_supply_items_created_at ON janitorial.supply_items (created_at, id);
-- The reorder list and the low-stock filter read only the items below their level.
CREATE INDEX ix_supply_items_low_stock ON janitorial.supply_items (site_id, item_name, id) WHERE quantity_on_hand < reorder_level;
CREATE INDEX ix_supply_items_low_stock_name ON janitorial.supply_items (item_name, id) WHERE quantity_on_hand < reorder_level;
CREATE INDEX ix_supply_items_low_stock_quantity ON janitorial.supply_items (quantity_on_hand, id) WHERE quantity_on_hand < reorder_level;
