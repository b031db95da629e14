namespace OpsPlatform.Admin.Modules.Janitorial.Api;

public sealed record SupplyItem(
    Guid Id, Guid SiteId, string SiteName, string ItemName, string Sku, string Category, decimal QuantityOnHand, decimal ReorderLevel, bool BelowReorderLevel, string Unit);

/// <summary>An item's stock right after a restock or consumption.</summary>
public sealed record StockLevel(Guid Id, decimal QuantityOnHand, decimal ReorderLevel, bool BelowReorderLevel, int Version);
