using Marten;
using OpsPlatform.Modules.Janitorial.Persistence;
using OpsPlatform.Identity.Contracts;

namespace OpsPlatform.Modules.Janitorial.Sites;

/// <summary>
/// The seed's site scoping, shared by every read and write: managers and admins see every site; anyone else only
/// the sites they are assigned to, and a client member never sees staff-only data (inventory, schedules).
/// </summary>
internal static class SiteAccess
{
    public static IQueryable<ClientSite> VisibleTo(this IQueryable<ClientSite> sites, ICurrentUser user)
    {
        if (user.IsManager) return sites;
        var me = user.Id;
        return sites.Where(s => s.Members.Any(m => m.UserId == me));
    }

    /// <summary>The sites the user is assigned to, with their role there (a containment query on the sites' GIN index).</summary>
    public static async Task<IReadOnlyList<(ClientSite Site, SiteRole Role)>> MembershipsOfAsync(this JanitorialSession db, Guid userId, CancellationToken cancellationToken)
    {
        var sites = await db.Documents.Query<ClientSite>().Where(s => s.Members.Any(m => m.UserId == userId)).ToListAsync(cancellationToken);
        return sites.Select(s => (s, s.Members.Single(m => m.UserId == userId).Role)).ToList();
    }

    /// <summary>Ids of the sites where the caller works as a technician or inspector (not as a client).</summary>
    public static async Task<Guid[]> StaffSitesOfAsync(this JanitorialSession db, Guid userId, CancellationToken cancellationToken) =>
        (await db.MembershipsOfAsync(userId, cancellationToken)).Where(m => m.Role != SiteRole.Client).Select(m => m.Site.Id).ToArray();

    /// <summary>Ids of the sites where the caller is assigned in the given role.</summary>
    public static async Task<Guid[]> SitesOfAsync(this JanitorialSession db, Guid userId, SiteRole role, CancellationToken cancellationToken) =>
        (await db.MembershipsOfAsync(userId, cancellationToken)).Where(m => m.Role == role).Select(m => m.Site.Id).ToArray();

    /// <summary>The sites with these ids, by id (names for a page of rows).</summary>
    public static async Task<IReadOnlyDictionary<Guid, ClientSite>> SitesByIdAsync(this JanitorialSession db, IEnumerable<Guid> ids, CancellationToken cancellationToken)
    {
        var distinct = ids.Distinct().ToArray();
        if (distinct.Length == 0) return new Dictionary<Guid, ClientSite>();
        return (await db.Documents.LoadManyAsync<ClientSite>(cancellationToken, distinct)).ToDictionary(s => s.Id);
    }
}
