using Microsoft.AspNetCore.Routing;
using OpsPlatform.Modules.Maintenance.Equipment.GetEquipment;
using OpsPlatform.Modules.Maintenance.Equipment.ListEquipment;
using OpsPlatform.Modules.Maintenance.Equipment.RegisterEquipment;
using OpsPlatform.Modules.Maintenance.Equipment.UpdateEquipment;

namespace OpsPlatform.Modules.Maintenance;

internal static class MaintenanceEndpoints
{
    public static void Map(RouteGroupBuilder group)
    {
        group.MapRegisterEquipment();
        group.MapGetEquipment();
        group.MapListEquipment();
        group.MapUpdateEquipment();
    }
}
