using OpsPlatform.Shared.Kernel.Http;

namespace OpsPlatform.Modules.Maintenance.Equipment.ListEquipment;

internal static class EquipmentSortFields
{
    public static readonly SortFields<Equipment> All = new SortFields<Equipment>("name")
        .Add("name", e => e.Name)
        .Add("createdAt", e => e.CreatedAt);
}
