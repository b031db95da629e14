using MediatR;
using OpsPlatform.Identity.Contracts;
using OpsPlatform.Modules.Notifications.Persistence;

namespace OpsPlatform.Modules.Notifications.Inbox.DeleteNotification;

/// <summary>Removes one of the caller's notifications from their inbox; its e-mail delivery (if any) stays as the record of what was sent.</summary>
internal sealed class DeleteNotificationHandler(NotificationsSession db, ICurrentUser user) : IRequestHandler<DeleteNotificationCommand, bool>
{
    public async Task<bool> Handle(DeleteNotificationCommand command, CancellationToken cancellationToken)
    {
        var notification = await db.OwnNotificationAsync(command.Id, user, cancellationToken);
        db.Documents.Delete(notification);
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }
}
