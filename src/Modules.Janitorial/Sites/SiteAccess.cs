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

    /// <summary>Ids of the sites where the caller works as a technician or inspector (not as a client).</summary>
    public static IQueryable<Guid> StaffSitesOf(this JanitorialDbContext db, Guid userId) =>
        db.SiteMembers.Where(m => m.UserId == userId && m.Role != SiteRole.Client).Select(m => m.SiteId);

    /// <summary>Ids of the sites where the caller is assigned in one of the given roles.</summary>
    public static IQueryable<Guid> SitesOf(this JanitorialDbContext db, Guid userId, SiteRole role) =>
        db.SiteMembers.Where(m => m.UserId == userId && m.Role == role).Select(m => m.SiteId);

    /// <summary>Ids of the users assigned to the site in any of the given roles (the audience of its live events).</summary>
    public static IQueryable<Guid> MembersOf(this JanitorialDbContext db, Guid siteId, params SiteRole[] roles) =>
        db.SiteMembers.Where(m => m.SiteId == siteId && roles.Contains(m.Role)).Select(m => m.UserId);
}
