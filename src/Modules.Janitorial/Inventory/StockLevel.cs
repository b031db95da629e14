namespace OpsPlatform.Modules.Janitorial.Inventory;

/// <summary>An item's stock right after a restock or consumption.</summary>
internal sealed record StockLevel(Guid Id, decimal QuantityOnHand, decimal ReorderLevel, bool BelowReorderLevel, int Version);
