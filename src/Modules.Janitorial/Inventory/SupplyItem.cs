using OpsPlatform.Shared.Kernel.Domain;

namespace OpsPlatform.Modules.Janitorial.Inventory;

/// <summary>
/// A stocked supply at a site; its SKU is unique per site. The quantity on hand changes only through
/// <see cref="StockLedger"/>'s single-statement increments, so concurrent consumers never lose an update.
/// </summary>
internal sealed class SupplyItem : AggregateRoot
{
    private SupplyItem() { }

    public Guid SiteId { get; private init; }
    public string ItemName { get; private set; } = "";
    public string Sku { get; private set; } = "";
    public string Category { get; private set; } = "";
    public decimal QuantityOnHand { get; private init; }
    public decimal ReorderLevel { get; private set; }
    public string Unit { get; private set; } = "";
    public decimal? UnitCost { get; private set; }
    public DateTimeOffset? LastRestockedAt { get; private init; }

    public bool BelowReorderLevel => QuantityOnHand < ReorderLevel;

    public static SupplyItem Add(Guid siteId, string itemName, string sku, string category, decimal quantityOnHand, decimal reorderLevel, string unit,
        decimal? unitCost, DateTimeOffset now) => new()
    {
        SiteId = siteId,
        ItemName = itemName.Trim(),
        Sku = sku.Trim(),
        Category = category.Trim(),
        QuantityOnHand = quantityOnHand,
        ReorderLevel = reorderLevel,
        Unit = unit.Trim(),
        UnitCost = unitCost,
        LastRestockedAt = quantityOnHand > 0 ? now : null,
    };

    /// <summary>Changes the description and reorder level; returns true when the new level puts the stock below it (a crossing).</summary>
    public bool Update(string itemName, string sku, string category, decimal reorderLevel, string unit, decimal? unitCost)
    {
        var wasBelow = BelowReorderLevel;
        ItemName = itemName.Trim();
        Sku = sku.Trim();
        Category = category.Trim();
        ReorderLevel = reorderLevel;
        Unit = unit.Trim();
        UnitCost = unitCost;
        return !wasBelow && BelowReorderLevel;
    }
}
