namespace OpsPlatform.Modules.Janitorial.Inventory;

/// <summary>A supply item; <see cref="UnitCost"/> is shown to managers only (null for site staff).</summary>
internal sealed record SupplyItemDetails(
    Guid Id,
    Guid SiteId,
    string ItemName,
    string Sku,
    string Category,
    decimal QuantityOnHand,
    decimal ReorderLevel,
    bool BelowReorderLevel,
    string Unit,
    decimal? UnitCost,
    DateTimeOffset? LastRestockedAt,
    int Version,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt)
{
    public static SupplyItemDetails From(SupplyItem i, bool withCost) => new(
        i.Id, i.SiteId, i.ItemName, i.Sku, i.Category, i.QuantityOnHand, i.ReorderLevel, i.BelowReorderLevel, i.Unit,
        withCost ? i.UnitCost : null, i.LastRestockedAt, i.Version, i.CreatedAt, i.UpdatedAt);
}
