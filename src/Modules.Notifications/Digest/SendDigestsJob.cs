using Marten;
using OpsPlatform.Identity.Contracts;
using OpsPlatform.Modules.Notifications.Email;
using OpsPlatform.Modules.Notifications.Email.SendEmail;
using OpsPlatform.Modules.Notifications.Inbox;
using OpsPlatform.Modules.Notifications.Persistence;
using OpsPlatform.Modules.Notifications.Preferences;
using OpsPlatform.Shared.Kernel.Jobs;

namespace OpsPlatform.Modules.Notifications.Digest;

/// <summary>
/// Every few minutes (one node at a time): for each user with items waiting for the digest whose local morning
/// (<see cref="NotificationPreferences.DigestTime"/> in their time zone) has come today, one e-mail listing the items
/// received before that morning. The digest's id derives from the user and their local day, so a repeated run, another
/// node or a restart never sends a second digest that day; items arriving after the morning wait for the next one.
/// The e-mail goes out through the same durable, idempotent delivery as single notifications.
/// </summary>
internal sealed class SendDigestsJob(NotificationsSession db, IUserDirectory directory, EmailTemplates templates) : ISingletonJob
{
    public async Task RunAsync(CancellationToken cancellationToken) => await SendDueDigestsAsync(cancellationToken);

    /// <summary>Returns how many digests it created.</summary>
    public async Task<int> SendDueDigestsAsync(CancellationToken cancellationToken)
    {
        var now = db.Time.GetUtcNow();
        var waiting = await db.Documents.Query<Notification>().Where(n => n.DigestPending).Select(n => n.RecipientId).Distinct().ToListAsync(cancellationToken);
        var sent = 0;
        foreach (var userId in waiting)
            if (await SendDigestAsync(userId, now, cancellationToken)) sent++;
        return sent;
    }

    private async Task<bool> SendDigestAsync(Guid userId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var preferences = await db.Documents.LoadAsync<NotificationPreferences>(userId, cancellationToken) ?? NotificationPreferences.For(userId);
        var morning = preferences.MorningOf(now, out var day);
        if (now < morning) return false;
        var digestId = Notification.IdFor("digest", userId.ToString(), day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        if (await db.Documents.LoadAsync<EmailDelivery>(digestId, cancellationToken) is not null) return false;

        var items = await db.Documents.Query<Notification>()
            .Where(n => n.RecipientId == userId && n.DigestPending && n.CreatedAt < morning)
            .OrderBy(n => n.CreatedAt).ThenBy(n => n.Id)
            .ToListAsync(cancellationToken);
        if (items.Count == 0) return false;
        foreach (var item in items)
        {
            item.DigestedIn(digestId);
            db.Update(item);
        }
        var contact = (await directory.ContactsAsync([userId], cancellationToken)).SingleOrDefault();
        var created = contact is { Email: { Length: > 0 } to };
        if (created)
        {
            db.Insert(EmailDelivery.Create(digestId, "digest", userId, contact!.Email!, templates.Digest(items, day.AddDays(-1), contact.DisplayName)));
            db.Send(new SendEmail(Guid.CreateVersion7(now), now, digestId));
        }
        await db.SaveChangesAsync(cancellationToken);
        return created;
    }
}
