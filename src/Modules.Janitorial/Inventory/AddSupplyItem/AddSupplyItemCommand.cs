using OpsPlatform.Shared.Kernel.Cqrs;

namespace OpsPlatform.Modules.Janitorial.Inventory.AddSupplyItem;

internal sealed record AddSupplyItemCommand(
    Guid? SiteId,
    string ItemName,
    string Sku,
    string Category,
    decimal? QuantityOnHand,
    decimal? ReorderLevel,
    string Unit,
    decimal? UnitCost) : ICommand<SupplyItemDetails>, ISupplyItemFields;
