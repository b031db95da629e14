using OpsPlatform.Identity.Contracts;

namespace OpsPlatform.Modules.Psa.Projects;

/// <summary>The seed's scoped access: managers see every project; anyone else only the projects they lead.</summary>
internal static class ProjectVisibility
{
    public static IQueryable<Project> VisibleTo(this IQueryable<Project> projects, ICurrentUser user)
    {
        if (user.IsManager) return projects;
        var me = user.Id;
        return projects.Where(p => p.ManagerId == me);
    }
}
