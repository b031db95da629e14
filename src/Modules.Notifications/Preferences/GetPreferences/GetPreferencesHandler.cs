using MediatR;
using OpsPlatform.Identity.Contracts;
using OpsPlatform.Modules.Notifications.Persistence;

namespace OpsPlatform.Modules.Notifications.Preferences.GetPreferences;

internal sealed class GetPreferencesHandler(NotificationsSession db, ICurrentUser user) : IRequestHandler<GetPreferencesQuery, PreferencesDetails>
{
    public async Task<PreferencesDetails> Handle(GetPreferencesQuery query, CancellationToken cancellationToken) =>
        PreferencesDetails.Of(await db.Documents.LoadAsync<NotificationPreferences>(user.Id, cancellationToken) ?? NotificationPreferences.For(user.Id));
}
