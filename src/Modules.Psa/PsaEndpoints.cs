using Microsoft.AspNetCore.Routing;

namespace OpsPlatform.Modules.Psa;

internal static class PsaEndpoints
{
    public static void Map(RouteGroupBuilder group)
    {
    }
}
