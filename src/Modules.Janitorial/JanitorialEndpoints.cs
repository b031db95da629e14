using Microsoft.AspNetCore.Routing;

namespace OpsPlatform.Modules.Janitorial;

internal static class JanitorialEndpoints
{
    public static void Map(RouteGroupBuilder group)
    {
    }
}
