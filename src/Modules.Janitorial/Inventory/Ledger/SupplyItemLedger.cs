using OpsPlatform.Shared.Kernel.Domain;

namespace OpsPlatform.Modules.Janitorial.Inventory.Ledger;

/// <summary>
/// The events of a supply item's stream (Marten, schema <c>janitorial</c>): its stock ledger (every movement of the
/// quantity on hand) and the changes to its description. The supply item document, with its quantity on hand, is
/// their inline projection. Written once, never changed.
/// </summary>
internal static class SupplyItemLedger
{
    public interface IEvent : IStreamEvent;

    /// <summary>The item entered the inventory with its opening stock.</summary>
    public sealed record Added(
        Guid SiteId, string ItemName, string Sku, string Category, decimal QuantityOnHand, decimal ReorderLevel, string Unit, decimal? UnitCost,
        DateTimeOffset At) : IEvent;

    public sealed record DetailsChanged(string ItemName, string Sku, string Category, decimal ReorderLevel, string Unit, decimal? UnitCost, DateTimeOffset At) : IEvent;

    public sealed record Consumed(decimal Quantity, DateTimeOffset At) : IEvent;

    public sealed record Restocked(decimal Quantity, DateTimeOffset At) : IEvent;

    public static readonly Type[] All = [typeof(Added), typeof(DetailsChanged), typeof(Consumed), typeof(Restocked)];
}
