using Microsoft.AspNetCore.Routing;
using OpsPlatform.Modules.ItAssets.Hardware.GetHardware;
using OpsPlatform.Modules.ItAssets.Hardware.ListHardware;
using OpsPlatform.Modules.ItAssets.Hardware.RegisterHardware;

namespace OpsPlatform.Modules.ItAssets;

internal static class ItAssetsEndpoints
{
    public static void Map(RouteGroupBuilder group)
    {
        group.MapRegisterHardware();
        group.MapGetHardware();
        group.MapListHardware();
    }
}
