using MediatR;
using OpsPlatform.Identity.Contracts;
using OpsPlatform.Modules.Notifications.Persistence;

namespace OpsPlatform.Modules.Notifications.Inbox.MarkNotificationRead;

/// <summary>Marks one of the caller's notifications read (again is fine: nothing changes).</summary>
internal sealed class MarkNotificationReadHandler(NotificationsSession db, ICurrentUser user) : IRequestHandler<MarkNotificationReadCommand, bool>
{
    public async Task<bool> Handle(MarkNotificationReadCommand command, CancellationToken cancellationToken)
    {
        var notification = await db.OwnNotificationAsync(command.Id, user, cancellationToken);
        if (!notification.MarkRead(db.Time.GetUtcNow())) return false;
        db.Update(notification);
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }
}
