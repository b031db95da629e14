namespace OpsPlatform.Modules.Janitorial.Inventory.ListSupplyItems;

internal sealed record SupplyItemSummary(
    Guid Id, Guid SiteId, string SiteName, string ItemName, string Sku, string Category, decimal QuantityOnHand, decimal ReorderLevel, bool BelowReorderLevel, string Unit);
