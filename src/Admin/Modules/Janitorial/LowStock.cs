using OpsPlatform.Admin.Modules.Janitorial.Api;

namespace OpsPlatform.Admin.Modules.Janitorial;

/// <summary>
/// When a supply line is highlighted: at or below its reorder level, i.e. time to reorder. (The API's own
/// <c>belowReorderLevel</c> flag and <c>lowStockOnly</c> filter mean strictly below; an item exactly at its level is
/// highlighted here but not listed by that filter.)
/// </summary>
public static class LowStock
{
    public static bool Is(decimal quantityOnHand, decimal reorderLevel) => quantityOnHand <= reorderLevel;

    public static bool Is(SupplyItem item) => Is(item.QuantityOnHand, item.ReorderLevel);
}
