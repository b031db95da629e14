namespace OpsPlatform.Modules.Janitorial.Inventory.ConsumeSupplyItem;

internal sealed class ConsumeSupplyItemValidator() : StockMovementValidator<ConsumeSupplyItemCommand>(c => c.Quantity);
