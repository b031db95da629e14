using MediatR;
using OpsPlatform.Identity.Contracts;
using OpsPlatform.Modules.Notifications.Persistence;
using OpsPlatform.Shared.Kernel.Http;

namespace OpsPlatform.Modules.Notifications.Inbox.ListNotifications;

internal sealed class ListNotificationsHandler(NotificationsSession db, ICurrentUser user) : IRequestHandler<ListNotificationsQuery, Paged<NotificationSummary>>
{
    public Task<Paged<NotificationSummary>> Handle(ListNotificationsQuery query, CancellationToken cancellationToken)
    {
        var notifications = db.Documents.Query<Notification>().OwnedBy(user);
        if (query.Unread is true) notifications = notifications.Where(n => !n.Read);
        return NotificationSortFields.All.Apply(notifications, query.Sort)
            .Select(n => new NotificationSummary(n.Id, n.Kind, n.Title, n.Body, n.Link, n.SourceModule, n.SourceType, n.SourceId, n.Read, n.ReadAt, n.CreatedAt))
            .ToPagedAsync(query, cancellationToken);
    }
}
