using Microsoft.AspNetCore.Routing;
using OpsPlatform.Modules.Psa.Projects.CreateProject;
using OpsPlatform.Modules.Psa.Projects.GetProject;
using OpsPlatform.Modules.Psa.Projects.ListProjects;

namespace OpsPlatform.Modules.Psa;

internal static class PsaEndpoints
{
    public static void Map(RouteGroupBuilder group)
    {
        group.MapCreateProject();
        group.MapGetProject();
        group.MapListProjects();
    }
}
