using System.Security.Cryptography;
using System.Text;
using OpsPlatform.Modules.Notifications.Contracts;
using OpsPlatform.Shared.Kernel.Domain;

namespace OpsPlatform.Modules.Notifications.Inbox;

/// <summary>
/// One notification in one user's inbox. Its id derives from the sender's key and the recipient, so the same
/// occurrence delivered twice finds the notification it already made.
/// </summary>
internal sealed class Notification : AggregateRoot
{
    private Notification() { }

    public Guid RecipientId { get; private set; }
    public string Key { get; private set; } = "";
    public string Kind { get; private set; } = "";
    public string Title { get; private set; } = "";
    public string Body { get; private set; } = "";
    public string? Link { get; private set; }
    public string SourceModule { get; private set; } = "";
    public string SourceType { get; private set; } = "";
    public Guid SourceId { get; private set; }
    public NotificationDelivery Delivery { get; private set; }
    public bool Read { get; private set; }
    public DateTimeOffset? ReadAt { get; private set; }

    /// <summary>Waiting for the recipient's next daily digest.</summary>
    public bool DigestPending { get; private set; }

    public Guid? DigestId { get; private set; }

    public static Notification Receive(Notify notify, Guid recipientId, NotificationDelivery delivery) => new()
    {
        Id = IdFor(notify.Key, recipientId),
        RecipientId = recipientId,
        Key = notify.Key,
        Kind = notify.Kind,
        Title = notify.Title,
        Body = notify.Body,
        Link = notify.Link,
        SourceModule = notify.SourceModule,
        SourceType = notify.SourceType,
        SourceId = notify.SourceId,
        Delivery = delivery,
        DigestPending = delivery == NotificationDelivery.Digest,
    };

    /// <summary>A name-based id (SHA-256 of the parts, RFC 9562 version 8): the same parts give the same id on any host.</summary>
    public static Guid IdFor(params string[] parts)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(string.Join('\n', parts)));
        hash[6] = (byte)((hash[6] & 0x0F) | 0x80);
        hash[8] = (byte)((hash[8] & 0x3F) | 0x80);
        return new Guid(hash.AsSpan(0, 16), bigEndian: true);
    }

    public static Guid IdFor(string key, Guid recipientId) => IdFor(key, recipientId.ToString());

    /// <summary>Returns false when it was read already (nothing to save).</summary>
    public bool MarkRead(DateTimeOffset now)
    {
        if (Read) return false;
        Read = true;
        ReadAt = now;
        return true;
    }

    public void DigestedIn(Guid digestId)
    {
        DigestPending = false;
        DigestId = digestId;
    }
}
