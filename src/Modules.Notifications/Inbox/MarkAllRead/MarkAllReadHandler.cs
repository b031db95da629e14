using MediatR;
using Marten;
using OpsPlatform.Identity.Contracts;
using OpsPlatform.Modules.Notifications.Persistence;

namespace OpsPlatform.Modules.Notifications.Inbox.MarkAllRead;

/// <summary>In batches, each its own commit; a notification arriving meanwhile stays unread (it is news).</summary>
internal sealed class MarkAllReadHandler(NotificationsSession db, ICurrentUser user) : IRequestHandler<MarkAllReadCommand, MarkedRead>
{
    private const int BatchSize = 500;

    public async Task<MarkedRead> Handle(MarkAllReadCommand command, CancellationToken cancellationToken)
    {
        var now = db.Time.GetUtcNow();
        var total = 0;
        while (true)
        {
            var unread = await db.Documents.Query<Notification>().OwnedBy(user)
                .Where(n => !n.Read && n.CreatedAt <= now)
                .OrderBy(n => n.CreatedAt).ThenBy(n => n.Id)
                .Take(BatchSize)
                .ToListAsync(cancellationToken);
            foreach (var notification in unread)
            {
                notification.MarkRead(now);
                db.Update(notification);
            }
            if (unread.Count > 0) await db.SaveChangesAsync(cancellationToken);
            total += unread.Count;
            if (unread.Count < BatchSize) return new MarkedRead(total);
        }
    }
}
