using Microsoft.AspNetCore.Routing;
using OpsPlatform.Modules.ItAssets.Assignments.CheckInHardware;
using OpsPlatform.Modules.ItAssets.Assignments.CheckOutHardware;
using OpsPlatform.Modules.ItAssets.Assignments.ListAssignments;
using OpsPlatform.Modules.ItAssets.Hardware.ChangeHardwareStage;
using OpsPlatform.Modules.ItAssets.Hardware.ChangeHardwareStatus;
using OpsPlatform.Modules.ItAssets.Hardware.DeleteHardware;
using OpsPlatform.Modules.ItAssets.Hardware.GetHardware;
using OpsPlatform.Modules.ItAssets.Hardware.GetHardwareHistory;
using OpsPlatform.Modules.ItAssets.Hardware.ListHardware;
using OpsPlatform.Modules.ItAssets.Hardware.ListMyHardware;
using OpsPlatform.Modules.ItAssets.Hardware.RegisterHardware;
using OpsPlatform.Modules.ItAssets.Hardware.UpdateHardware;

namespace OpsPlatform.Modules.ItAssets;

internal static class ItAssetsEndpoints
{
    public static void Map(RouteGroupBuilder group)
    {
        group.MapRegisterHardware();
        group.MapGetHardware();
        group.MapListHardware();
        group.MapListMyHardware();
        group.MapUpdateHardware();
        group.MapChangeHardwareStage();
        group.MapChangeHardwareStatus();
        group.MapDeleteHardware();
        group.MapGetHardwareHistory();
        group.MapCheckOutHardware();
        group.MapCheckInHardware();
        group.MapListAssignments();
    }
}
