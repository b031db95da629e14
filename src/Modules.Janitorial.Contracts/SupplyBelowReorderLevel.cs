using OpsPlatform.Shared.Kernel.Bus;

namespace OpsPlatform.Modules.Janitorial.Contracts;

/// <summary>Stock of an item fell from at-or-above its reorder level to below it (once per crossing). For managers.</summary>
[IntegrationEvent("janitorial.supply-below-reorder-level", 1)]
public sealed record SupplyBelowReorderLevel(
    Guid EventId,
    DateTimeOffset OccurredAt,
    Guid InventoryItemId,
    Guid SiteId,
    string SiteCode,
    string Sku,
    string ItemName,
    decimal QuantityOnHand,
    decimal ReorderLevel,
    string Unit) : IIntegrationEvent;
