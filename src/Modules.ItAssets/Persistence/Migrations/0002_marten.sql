-- Hardware moves to the module's Marten store (ADR 0010): documents in it_assets.mt_doc_hardware, built by Marten.
-- The old table is kept under another name, not dropped, so no stored row is lost; its indexes go (Marten's take
-- their names).
DROP INDEX IF EXISTS it_assets.ux_hardware_asset_tag, it_assets.ix_hardware_name, it_assets.ix_hardware_status,
    it_assets.ix_hardware_category, it_assets.ix_hardware_assigned_to, it_assets.ix_hardware_created_at,
    it_assets.ix_hardware_warranty_ends_on;
ALTER TABLE IF EXISTS it_assets.hardware RENAME TO hardware_before_marten;
