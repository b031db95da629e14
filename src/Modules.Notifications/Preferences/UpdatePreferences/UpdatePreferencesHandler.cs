using MediatR;
using OpsPlatform.Identity.Contracts;
using OpsPlatform.Modules.Notifications.Inbox;
using OpsPlatform.Modules.Notifications.Persistence;

namespace OpsPlatform.Modules.Notifications.Preferences.UpdatePreferences;

internal sealed class UpdatePreferencesHandler(NotificationsSession db, ICurrentUser user) : IRequestHandler<UpdatePreferencesCommand, PreferencesDetails>
{
    public async Task<PreferencesDetails> Handle(UpdatePreferencesCommand command, CancellationToken cancellationToken)
    {
        var preferences = await db.Documents.LoadAsync<NotificationPreferences>(user.Id, cancellationToken);
        var isNew = preferences is null;
        preferences ??= NotificationPreferences.For(user.Id);
        preferences.EnsureVersion(command.Version);
        preferences.Change(command.TimeZone!, command.Kinds ?? new Dictionary<string, NotificationDelivery?>());
        if (isNew) db.Insert(preferences);
        else db.Update(preferences);
        await db.SaveChangesAsync(cancellationToken);
        return PreferencesDetails.Of(preferences);
    }
}
