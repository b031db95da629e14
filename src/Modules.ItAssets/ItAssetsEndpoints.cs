using Microsoft.AspNetCore.Routing;

namespace OpsPlatform.Modules.ItAssets;

internal static class ItAssetsEndpoints
{
    public static void Map(RouteGroupBuilder group)
    {
    }
}
