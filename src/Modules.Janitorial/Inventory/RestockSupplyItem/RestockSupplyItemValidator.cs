namespace OpsPlatform.Modules.Janitorial.Inventory.RestockSupplyItem;

internal sealed class RestockSupplyItemValidator() : StockMovementValidator<RestockSupplyItemCommand>(c => c.Quantity);
