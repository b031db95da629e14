using OpsPlatform.Identity.Contracts;
using OpsPlatform.Modules.Notifications.Persistence;
using OpsPlatform.Shared.Kernel.Domain;

namespace OpsPlatform.Modules.Notifications.Inbox;

/// <summary>A notification is its recipient's only: anyone else (admins included) gets a 404 for it.</summary>
internal static class NotificationAccess
{
    public static IQueryable<Notification> OwnedBy(this IQueryable<Notification> notifications, ICurrentUser user)
    {
        var me = user.Id;
        return notifications.Where(n => n.RecipientId == me);
    }

    public static async Task<Notification> OwnNotificationAsync(this NotificationsSession db, Guid id, ICurrentUser user, CancellationToken ct)
    {
        var notification = await db.Documents.LoadAsync<Notification>(id, ct);
        if (notification is null || notification.RecipientId != user.Id) throw new NotFoundException("Notification", id);
        return notification;
    }
}
