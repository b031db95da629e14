using OpsPlatform.Identity.Contracts;
using OpsPlatform.Modules.Psa.Persistence;
using OpsPlatform.Shared.Kernel.Domain;

namespace OpsPlatform.Modules.Psa.Projects;

/// <summary>
/// The project-scoped access every PSA read and write goes through: managers and admins see every project, the owner
/// runs theirs (admins may too), members see the projects they belong to and client viewers only the client view
/// of theirs. A project the caller may not see, or may not act on in the way asked, is not found (404).
/// </summary>
internal static class ProjectAccess
{
    public static IQueryable<Project> VisibleTo(this IQueryable<Project> projects, ICurrentUser user)
    {
        if (user.IsManager) return projects;
        var me = user.Id;
        return projects.Where(p => p.OwnerId == me || p.Members.Any(m => m.UserId == me));
    }

    public static bool Allows(this Project project, ICurrentUser user, ProjectView view) => view switch
    {
        ProjectView.Owner => project.OwnerId == user.Id || user.IsInRole(Roles.Admin),
        ProjectView.Team => user.IsManager || project.IsTeamMember(user.Id),
        _ => user.IsManager || project.OwnerId == user.Id || project.RoleOf(user.Id) is not null,
    };

    public static async Task<Project> ProjectAsync(this PsaSession db, Guid id, ICurrentUser user, ProjectView view, CancellationToken cancellationToken)
    {
        var project = await db.Documents.LoadAsync<Project>(id, cancellationToken);
        return project is not null && project.Allows(user, view) ? project : throw new NotFoundException("Project", id);
    }

    /// <summary>Ids of the projects whose inside the user may see (owner or member); null for managers, who see all.</summary>
    public static async Task<Guid[]?> TeamProjectIdsAsync(this PsaSession db, ICurrentUser user, CancellationToken cancellationToken)
    {
        if (user.IsManager) return null;
        var me = user.Id;
        var projects = await Marten.QueryableExtensions.ToListAsync(
            db.Documents.Query<Project>().Where(p => p.OwnerId == me || p.Members.Any(m => m.UserId == me)), cancellationToken);
        return projects.Where(p => p.IsTeamMember(me)).Select(p => p.Id).ToArray();
    }

    /// <summary>Ids of the projects the user runs; null for admins, who may run any.</summary>
    public static async Task<Guid[]?> OwnedProjectIdsAsync(this PsaSession db, ICurrentUser user, CancellationToken cancellationToken)
    {
        if (user.IsInRole(Roles.Admin)) return null;
        var me = user.Id;
        var ids = await Marten.QueryableExtensions.ToListAsync(
            db.Documents.Query<Project>().Where(p => p.OwnerId == me).Select(p => p.Id), cancellationToken);
        return ids.ToArray();
    }

    /// <summary>Who sees a project's events on the live stream besides managers: its owner and team members.</summary>
    public static IReadOnlyList<Guid> TeamIds(this Project project) =>
        [project.OwnerId, .. project.Members.Where(m => m.Role == ProjectRole.Member).Select(m => m.UserId)];
}
