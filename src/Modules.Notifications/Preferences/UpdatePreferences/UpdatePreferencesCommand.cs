using OpsPlatform.Modules.Notifications.Inbox;
using OpsPlatform.Shared.Kernel.Cqrs;

namespace OpsPlatform.Modules.Notifications.Preferences.UpdatePreferences;

/// <summary>
/// Sets the time zone (IANA) and the kinds named: <c>in_app</c>, <c>email</c>, <c>digest</c> or <c>off</c>, or null to
/// return a kind to its default. <see cref="Version"/> (optional) guards against overwriting a newer change.
/// </summary>
internal sealed record UpdatePreferencesCommand(string? TimeZone, Dictionary<string, NotificationDelivery?>? Kinds, int? Version) : ICommand<PreferencesDetails>;
