using OpsPlatform.Shared.Kernel.Cqrs;

namespace OpsPlatform.Modules.Notifications.Preferences.GetPreferences;

internal sealed record GetPreferencesQuery : IQuery<PreferencesDetails>;
