using OpsPlatform.Shared.Kernel.Bus;

namespace OpsPlatform.Modules.Janitorial.Contracts;

/// <summary>
/// Stock of a site's supply item was consumed or restocked (<see cref="Movement"/> is <c>consumed</c> or
/// <c>restocked</c>). The site's staff and managers see it; clients do not.
/// </summary>
[IntegrationEvent("janitorial.stock-moved", 1)]
public sealed record StockMoved(
    Guid EventId,
    DateTimeOffset OccurredAt,
    Guid InventoryItemId,
    Guid SiteId,
    string SiteCode,
    string Sku,
    string ItemName,
    string Movement,
    decimal Quantity,
    decimal QuantityOnHand,
    decimal ReorderLevel,
    string Unit,
    IReadOnlyList<Guid> VisibleToUserIds) : IIntegrationEvent, IVisibleToUsers;
