using OpsPlatform.Identity.Contracts;
using OpsPlatform.Modules.Janitorial.Persistence;
using OpsPlatform.Modules.Janitorial.Sites;
using OpsPlatform.Modules.Notifications.Contracts;

namespace OpsPlatform.Modules.Janitorial.Notifications;

/// <summary>
/// The notifications this module sends, each to people ADR 0008's table lets see the record: the crew member for their
/// own cleaning, managers (who see every site) for missed cleanings, failed inspections and low stock, and a site's
/// client users for its failed inspections only when the site grants them inspection outcomes.
/// </summary>
internal static class JanitorialNotices
{
    public const string CleaningAssigned = "janitorial.cleaning-assigned";
    public const string CleaningMissed = "janitorial.cleaning-missed";
    public const string InspectionFailed = "janitorial.inspection-failed";
    public const string SupplyLow = "janitorial.supply-below-reorder-level";

    /// <summary>Everyone who sees every site: managers and admins.</summary>
    public static Task<IReadOnlyList<Guid>> ManagersAsync(this IUserDirectory directory, CancellationToken cancellationToken) =>
        directory.UsersInRolesAsync([Roles.Manager, Roles.Admin], cancellationToken);

    /// <summary>The site's client users, when the site lets them read inspection outcomes; nobody otherwise.</summary>
    public static IEnumerable<Guid> ClientsSeeingInspections(ClientSite site) =>
        site.ClientSeesInspections ? site.Members.Where(m => m.Role == SiteRole.Client).Select(m => m.UserId) : [];

    public static string SiteText(ClientSite? site, Guid siteId) => site is null ? $"site {siteId}" : $"{site.SiteName} ({site.SiteCode})";

    public static void Notify(this JanitorialSession db, string kind, string urgency, string key, IEnumerable<Guid> recipients, string title, string body,
        string link, string sourceType, Guid sourceId, DateTimeOffset now)
    {
        var to = recipients.Distinct().ToArray();
        if (to.Length == 0) return;
        db.Send(new Notify(Guid.CreateVersion7(now), now, key, kind, urgency, to, title, body, link, JanitorialModule.Schema, sourceType, sourceId));
    }
}
