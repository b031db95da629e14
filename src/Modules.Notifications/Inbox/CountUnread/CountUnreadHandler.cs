using MediatR;
using Marten;
using OpsPlatform.Identity.Contracts;
using OpsPlatform.Modules.Notifications.Persistence;

namespace OpsPlatform.Modules.Notifications.Inbox.CountUnread;

internal sealed class CountUnreadHandler(NotificationsSession db, ICurrentUser user) : IRequestHandler<CountUnreadQuery, UnreadCount>
{
    public async Task<UnreadCount> Handle(CountUnreadQuery query, CancellationToken cancellationToken) =>
        new(await db.Documents.Query<Notification>().OwnedBy(user).Where(n => !n.Read).LongCountAsync(cancellationToken));
}
