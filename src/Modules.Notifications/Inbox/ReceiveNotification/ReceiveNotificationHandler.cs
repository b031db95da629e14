using MediatR;
using Marten;
using OpsPlatform.Identity.Contracts;
using OpsPlatform.Modules.Notifications.Contracts;
using OpsPlatform.Modules.Notifications.Email;
using OpsPlatform.Modules.Notifications.Email.SendEmail;
using OpsPlatform.Modules.Notifications.Persistence;
using OpsPlatform.Modules.Notifications.Preferences;

namespace OpsPlatform.Modules.Notifications.Inbox.ReceiveNotification;

/// <summary>
/// One notification per recipient, as each one's preference for the kind says (or the default for the urgency and
/// their roles): in the inbox, live to that user only, and for e-mail a delivery keyed by the notification's id with its
/// first attempt queued. Ids derive from the sender's key, so a second delivery of the same key finds its
/// notifications and makes none (two racing ones meet the primary key; the loser's retry finds the winner's). Unknown
/// users are skipped. One commit for all, with the handled mark of the message.
/// </summary>
internal sealed class ReceiveNotificationHandler(NotificationsSession db, IUserDirectory directory, EmailTemplates templates)
    : IRequestHandler<ReceiveNotificationCommand, int>
{
    public async Task<int> Handle(ReceiveNotificationCommand command, CancellationToken cancellationToken)
    {
        var notify = command.Notify;
        var ids = notify.RecipientIds.Distinct().ToDictionary(r => r, r => Notification.IdFor(notify.Key, r));
        if (ids.Count == 0) return 0;
        var existing = (await db.Documents.LoadManyAsync<Notification>(cancellationToken, ids.Values)).Select(n => n.RecipientId).ToHashSet();
        var fresh = ids.Keys.Where(r => !existing.Contains(r)).ToArray();
        if (fresh.Length == 0) return 0;

        var contacts = (await directory.ContactsAsync(fresh, cancellationToken)).ToDictionary(c => c.Id);
        var preferences = (await db.Documents.LoadManyAsync<NotificationPreferences>(cancellationToken, fresh)).ToDictionary(p => p.Id);
        var now = db.Time.GetUtcNow();
        var made = 0;
        foreach (var recipient in fresh)
        {
            if (!contacts.TryGetValue(recipient, out var contact)) continue;
            var delivery = (preferences.TryGetValue(recipient, out var chosen) ? chosen.For(notify.Kind) : null)
                           ?? DefaultDeliveries.For(notify.Urgency, contact.Roles);
            if (delivery == NotificationDelivery.Off) continue;

            var notification = Notification.Receive(notify, recipient, delivery);
            db.Insert(notification);
            db.Publish(new NotificationReceived(Guid.CreateVersion7(now), now, notification.Id, notification.Kind, notification.Title, notification.Link, [recipient]));
            if (delivery == NotificationDelivery.Email && !string.IsNullOrWhiteSpace(contact.Email))
            {
                db.Insert(EmailDelivery.Create(notification.Id, "notification", recipient, contact.Email, templates.Notification(notification, contact.DisplayName)));
                db.Send(new SendEmail(Guid.CreateVersion7(now), now, notification.Id));
            }
            made++;
        }
        if (made > 0) await db.SaveChangesAsync(cancellationToken);
        return made;
    }
}
