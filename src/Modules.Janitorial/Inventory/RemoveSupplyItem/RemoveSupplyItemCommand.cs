using OpsPlatform.Shared.Kernel.Cqrs;

namespace OpsPlatform.Modules.Janitorial.Inventory.RemoveSupplyItem;

internal sealed record RemoveSupplyItemCommand(Guid Id) : ICommand<bool>;
