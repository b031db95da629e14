using OpsPlatform.Shared.Kernel.Http;

namespace OpsPlatform.Modules.Janitorial.Inventory.ListSupplyItems;

internal static class SupplyItemSortFields
{
    public static readonly SortFields<SupplyItem> All = new SortFields<SupplyItem>("itemName")
        .Add("itemName", i => i.ItemName)
        .Add("quantityOnHand", i => i.QuantityOnHand)
        .Add("createdAt", i => i.CreatedAt);
}
