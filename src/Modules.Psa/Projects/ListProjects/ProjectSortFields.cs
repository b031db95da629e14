using OpsPlatform.Shared.Kernel.Http;

namespace OpsPlatform.Modules.Psa.Projects.ListProjects;

internal static class ProjectSortFields
{
    public static readonly SortFields<Project> All = new SortFields<Project>("name")
        .Add("name", p => p.Name)
        .Add("dueOn", p => p.DueOn)
        .Add("createdAt", p => p.CreatedAt);
}
