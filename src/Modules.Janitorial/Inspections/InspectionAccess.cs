using Microsoft.EntityFrameworkCore;
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
    public static IQueryable<SiteInspection> VisibleTo(this IQueryable<SiteInspection> inspections, JanitorialDbContext db, ICurrentUser user)
    {
        if (user.IsManager) return inspections;
        var sites = db.InspectionReadableSitesOf(user.Id);
        return inspections.Where(i => sites.Contains(i.SiteId));
    }

    /// <summary>Sites whose inspection outcomes the (non-manager) user may read.</summary>
    public static IQueryable<Guid> InspectionReadableSitesOf(this JanitorialDbContext db, Guid userId) =>
        db.SiteMembers
            .Where(m => m.UserId == userId && (m.Role != SiteRole.Client || db.Sites.Any(s => s.Id == m.SiteId && s.ClientSeesInspections)))
            .Select(m => m.SiteId);

    /// <summary>
    /// The site (with members) if the caller may write inspections there in one of <paramref name="roles"/> (managers
    /// always); otherwise 404, since a site the caller is not assigned to is one they may not see.
    /// </summary>
    public static async Task<ClientSite> WritableSiteAsync(this JanitorialDbContext db, Guid siteId, ICurrentUser user, SiteRole[] roles, CancellationToken cancellationToken)
    {
        var site = await db.Sites.Include(s => s.Members).SingleOrDefaultAsync(s => s.Id == siteId, cancellationToken);
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
