using OpsPlatform.Shared.Kernel.Cqrs;

namespace OpsPlatform.Modules.Janitorial.Inventory.GetSupplyItem;

internal sealed record GetSupplyItemQuery(Guid Id) : IQuery<SupplyItemDetails>;
