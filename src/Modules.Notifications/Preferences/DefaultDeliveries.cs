using OpsPlatform.Identity.Contracts;
using OpsPlatform.Modules.Notifications.Inbox;

namespace OpsPlatform.Modules.Notifications.Preferences;

/// <summary>
/// What a user gets before choosing, from the sender's urgency and the user's roles: urgent news by e-mail to everyone;
/// everyday news by e-mail to people away from a desk (technicians, inspectors, clients, members) and in-app to
/// managers and admins, who watch the live stream; low-urgency news (stock, for example) in the managers' daily digest.
/// </summary>
internal static class DefaultDeliveries
{
    public static readonly string[] Urgencies = ["high", "normal", "low"];

    public static NotificationDelivery For(string urgency, IReadOnlyList<string> roles)
    {
        var atDesk = roles.Contains(Roles.Manager) || roles.Contains(Roles.Admin);
        return urgency switch
        {
            "high" => NotificationDelivery.Email,
            "low" => atDesk ? NotificationDelivery.Digest : NotificationDelivery.InApp,
            _ => atDesk ? NotificationDelivery.InApp : NotificationDelivery.Email,
        };
    }
}
