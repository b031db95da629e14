using Marten;
using OpsPlatform.Modules.Janitorial.Persistence;
using OpsPlatform.Modules.Janitorial.Sites;
using OpsPlatform.Shared.Kernel.Domain;
using OpsPlatform.Identity.Contracts;

namespace OpsPlatform.Modules.Janitorial.Inspections;

/// <summary>
/// Reads: managers all; technicians and inspectors the inspections of their sites; a site's client users only when
/// the site grants inspection visibility. Writes: see <see cref="WritableSiteAsync"/>.
/// </summary>
internal static class InspectionAccess
{
    public static async Task<IQueryable<SiteInspection>> VisibleInspectionsAsync(this JanitorialSession db, ICurrentUser user, CancellationToken cancellationToken)
    {
        var inspections = db.Documents.Query<SiteInspection>();
        if (user.IsManager) return inspections;
        var sites = await db.InspectionReadableSitesOfAsync(user.Id, cancellationToken);
        return inspections.Where(i => sites.Contains(i.SiteId));
    }

    /// <summary>Sites whose inspection outcomes the (non-manager) user may read.</summary>
    public static async Task<Guid[]> InspectionReadableSitesOfAsync(this JanitorialSession db, Guid userId, CancellationToken cancellationToken) =>
        (await db.MembershipsOfAsync(userId, cancellationToken))
            .Where(m => m.Role != SiteRole.Client || m.Site.ClientSeesInspections)
            .Select(m => m.Site.Id)
            .ToArray();

    /// <summary>
    /// The site if the caller may write inspections there in one of <paramref name="roles"/> (managers always);
    /// otherwise 404, since a site the caller is not assigned to is one they may not see.
    /// </summary>
    public static async Task<ClientSite> WritableSiteAsync(this JanitorialSession db, Guid siteId, ICurrentUser user, SiteRole[] roles, CancellationToken cancellationToken)
    {
        var site = await db.Documents.LoadAsync<ClientSite>(siteId, cancellationToken);
        if (site is null || (!user.IsManager && !site.Members.Any(m => m.UserId == user.Id && roles.Contains(m.Role))))
            throw new NotFoundException("Site", siteId);
        return site;
    }

    /// <summary>Who sees an inspection's events on the live stream besides managers.</summary>
    public static IReadOnlyList<Guid> Audience(ClientSite site, SiteInspection inspection, Guid? crewMember) =>
        new[] { inspection.InspectorId }
            .Concat(crewMember is { } c ? [c] : [])
            .Concat(site.ClientSeesInspections ? site.Members.Where(m => m.Role == SiteRole.Client).Select(m => m.UserId) : [])
            .Distinct()
            .ToList();
}
