using OpsPlatform.Modules.Janitorial.Inventory.Ledger;
using OpsPlatform.Shared.Kernel.Domain;

namespace OpsPlatform.Modules.Janitorial.Inventory;

/// <summary>
/// A stocked supply at a site; its SKU is unique per site. Event-sourced on <see cref="SupplyItemLedger"/>: each method
/// checks its rule, then records one event; the stored document is the stream's inline projection.
/// Movements are recorded under the item's lock (<see cref="StockLedger"/>), so concurrent consumers never lose an update.
/// </summary>
internal sealed class SupplyItem : EventSourcedAggregate<SupplyItemLedger.IEvent>
{
    /// <summary>The most an item can hold (what the quantity column held before the move to Marten).</summary>
    public const decimal MaxOnHand = 9_999_999_999.99m;


    private SupplyItem() { }

    public Guid SiteId { get; private set; }
    public string ItemName { get; private set; } = "";
    public string Sku { get; private set; } = "";
    public string Category { get; private set; } = "";
    public decimal QuantityOnHand { get; private set; }
    public decimal ReorderLevel { get; private set; }
    public string Unit { get; private set; } = "";
    public decimal? UnitCost { get; private set; }
    public DateTimeOffset? LastRestockedAt { get; private set; }

    /// <summary>Stored (not computed) so that the low-stock filter and the reorder list have an index.</summary>
    public bool BelowReorderLevel { get; private set; }

    public static SupplyItem Empty(Guid id) => new() { Id = id };

    public static SupplyItem Add(Guid siteId, string itemName, string sku, string category, decimal quantityOnHand, decimal reorderLevel, string unit,
        decimal? unitCost, DateTimeOffset now)
    {
        var item = new SupplyItem();
        item.Record(new SupplyItemLedger.Added(siteId, itemName.Trim(), sku.Trim(), category.Trim(), quantityOnHand, reorderLevel, unit.Trim(), unitCost, now));
        return item;
    }

    /// <summary>Changes the description and reorder level; returns true when the new level puts the stock below it (a crossing).</summary>
    public bool Update(string itemName, string sku, string category, decimal reorderLevel, string unit, decimal? unitCost, DateTimeOffset now)
    {
        var wasBelow = BelowReorderLevel;
        Record(new SupplyItemLedger.DetailsChanged(itemName.Trim(), sku.Trim(), category.Trim(), reorderLevel, unit.Trim(), unitCost, now));
        return !wasBelow && BelowReorderLevel;
    }

    /// <summary>Takes <paramref name="quantity"/> out of stock; more than is on hand is a 409 naming what there is.</summary>
    public void Consume(decimal quantity, DateTimeOffset now)
    {
        if (quantity > QuantityOnHand)
            throw new ConflictException(
                $"Only {QuantityOnHand} on hand; {quantity} cannot be consumed.",
                new Dictionary<string, string[]> { ["quantity"] = [$"must not exceed the {QuantityOnHand} on hand."] },
                new Dictionary<string, object?> { ["quantityOnHand"] = QuantityOnHand });
        Record(new SupplyItemLedger.Consumed(quantity, now));
    }

    public void Restock(decimal quantity, DateTimeOffset now)
    {
        if (QuantityOnHand + quantity > MaxOnHand)
            throw new DomainRuleViolation("The quantity on hand would exceed what an item can hold (9,999,999,999.99).", "quantity");
        Record(new SupplyItemLedger.Restocked(quantity, now));
    }

    protected override void Change(SupplyItemLedger.IEvent e)
    {
        switch (e)
        {
            case SupplyItemLedger.Added a:
                (SiteId, ItemName, Sku, Category, QuantityOnHand, ReorderLevel, Unit, UnitCost) =
                    (a.SiteId, a.ItemName, a.Sku, a.Category, a.QuantityOnHand, a.ReorderLevel, a.Unit, a.UnitCost);
                LastRestockedAt = a.QuantityOnHand > 0 ? a.At : null;
                break;
            case SupplyItemLedger.DetailsChanged d:
                (ItemName, Sku, Category, ReorderLevel, Unit, UnitCost) = (d.ItemName, d.Sku, d.Category, d.ReorderLevel, d.Unit, d.UnitCost);
                break;
            case SupplyItemLedger.Consumed c:
                QuantityOnHand -= c.Quantity;
                break;
            case SupplyItemLedger.Restocked r:
                QuantityOnHand += r.Quantity;
                LastRestockedAt = r.At;
                break;
        }
        BelowReorderLevel = QuantityOnHand < ReorderLevel;
    }

}
