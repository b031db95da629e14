namespace OpsPlatform.Modules.Janitorial.Inventory.ListReorderItems;

/// <summary>An item below its reorder level; <see cref="Shortfall"/> is what it takes to reach the level again.</summary>
internal sealed record ReorderItem(
    Guid Id, Guid SiteId, string SiteCode, string SiteName, string ItemName, string Sku, string Category,
    decimal QuantityOnHand, decimal ReorderLevel, decimal Shortfall, string Unit, decimal? UnitCost, DateTimeOffset? LastRestockedAt);
