using Microsoft.AspNetCore.Routing;
using OpsPlatform.Modules.Janitorial.Sites.AssignSiteMember;
using OpsPlatform.Modules.Janitorial.Sites.CreateSite;
using OpsPlatform.Modules.Janitorial.Sites.GetSite;
using OpsPlatform.Modules.Janitorial.Sites.ListSites;
using OpsPlatform.Modules.Janitorial.Sites.RemoveSiteMember;
using OpsPlatform.Modules.Janitorial.Sites.UpdateSite;

namespace OpsPlatform.Modules.Janitorial;

internal static class JanitorialEndpoints
{
    public static void Map(RouteGroupBuilder group)
    {
        group.MapCreateSite();
        group.MapGetSite();
        group.MapListSites();
        group.MapUpdateSite();
        group.MapAssignSiteMember();
        group.MapRemoveSiteMember();
    }
}
