using OpsPlatform.Modules.Notifications.Inbox;

namespace OpsPlatform.Modules.Notifications.Preferences;

/// <summary>
/// The caller's choices: the time zone of their digest morning (<see cref="DigestTime"/> local), and a delivery per kind
/// they chose; kinds not listed follow the default for the sender's urgency and the caller's roles.
/// </summary>
internal sealed record PreferencesDetails(string TimeZone, TimeOnly DigestTime, IReadOnlyDictionary<string, NotificationDelivery> Kinds, int Version)
{
    public static PreferencesDetails Of(NotificationPreferences preferences) =>
        new(preferences.TimeZone, NotificationPreferences.DigestTime, preferences.Kinds, preferences.Version);
}
