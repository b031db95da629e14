using OpsPlatform.Identity.Contracts;
using OpsPlatform.Modules.ItAssets.Persistence;
using OpsPlatform.Modules.Notifications.Contracts;

namespace OpsPlatform.Modules.ItAssets.Notifications;

/// <summary>
/// The notifications this module sends: license and warranty reminders go to IT staff (admins and managers), the only
/// people who see every license and asset. A reminder a week or less ahead is urgent (e-mailed to everyone by default).
/// </summary>
internal static class ItAssetsNotices
{
    public const string LicenseExpiring = "it-assets.license-expiring";
    public const string WarrantyEnding = "it-assets.warranty-ending";

    public static Task<IReadOnlyList<Guid>> ItStaffAsync(this IUserDirectory directory, CancellationToken cancellationToken) =>
        directory.UsersInRolesAsync([Roles.Manager, Roles.Admin], cancellationToken);

    public static string UrgencyFor(int daysBefore) => daysBefore <= 7 ? "high" : "normal";

    public static void Notify(this ItAssetsSession db, string kind, string urgency, string key, IReadOnlyList<Guid> recipients, string title, string body,
        string link, string sourceType, Guid sourceId, DateTimeOffset now)
    {
        if (recipients.Count == 0) return;
        db.Send(new Notify(Guid.CreateVersion7(now), now, key, kind, urgency, recipients.Distinct().ToArray(), title, body, link, ItAssetsModule.Schema,
            sourceType, sourceId));
    }
}
