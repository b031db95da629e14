using OpsPlatform.Shared.Kernel.Domain;

namespace OpsPlatform.Modules.Notifications.Email;

/// <summary>
/// One e-mail to send, rendered when it was decided (so every attempt sends the same message) and keyed by the
/// notification's id (or the digest's): the idempotency key of the send, also its <c>Message-Id</c>. It records
/// each attempt: sent, retrying with the last reason, or failed.
/// </summary>
internal sealed class EmailDelivery : AggregateRoot
{
    private EmailDelivery() { }

    public Guid RecipientId { get; private set; }
    public string To { get; private set; } = "";
    public string Subject { get; private set; } = "";
    public string TextBody { get; private set; } = "";
    public string HtmlBody { get; private set; } = "";

    /// <summary><c>notification</c> or <c>digest</c>.</summary>
    public string Kind { get; private set; } = "";

    public EmailStatus Status { get; private set; }
    public int Attempts { get; private set; }
    public string? LastError { get; private set; }
    public DateTimeOffset? LastAttemptAt { get; private set; }
    public DateTimeOffset? NextAttemptAt { get; private set; }
    public DateTimeOffset? SentAt { get; private set; }

    public static EmailDelivery Create(Guid id, string kind, Guid recipientId, string to, RenderedEmail email) => new()
    {
        Id = id,
        Kind = kind,
        RecipientId = recipientId,
        To = to,
        Subject = email.Subject,
        TextBody = email.Text,
        HtmlBody = email.Html,
        Status = EmailStatus.Pending,
    };

    /// <summary>Whether an attempt is due now: not sent and not given up.</summary>
    public bool AwaitsAttempt => Status is EmailStatus.Pending or EmailStatus.Retrying;

    public void Sent(DateTimeOffset now)
    {
        Attempts++;
        LastAttemptAt = now;
        SentAt = now;
        NextAttemptAt = null;
        Status = EmailStatus.Sent;
    }

    /// <summary>Records a failed attempt; answers when to try again, or null when this was the last attempt.</summary>
    public DateTimeOffset? AttemptFailed(string reason, DateTimeOffset now, int maxAttempts, TimeSpan backoff)
    {
        Attempts++;
        LastAttemptAt = now;
        LastError = reason.Length <= 2000 ? reason : reason[..2000];
        if (Attempts >= maxAttempts)
        {
            Status = EmailStatus.Failed;
            NextAttemptAt = null;
            return null;
        }
        Status = EmailStatus.Retrying;
        NextAttemptAt = now + backoff * Math.Pow(2, Attempts - 1);
        return NextAttemptAt;
    }

    /// <summary>An admin's retry of a failed e-mail: a fresh round of attempts.</summary>
    public void Retry()
    {
        if (Status != EmailStatus.Failed)
        {
            var message = $"Only a failed e-mail can be retried; this one is {Status.ToString().ToLowerInvariant()}.";
            throw new ConflictException(message, new Dictionary<string, string[]> { ["status"] = [message] });
        }
        Status = EmailStatus.Pending;
        Attempts = 0;
        NextAttemptAt = null;
    }
}
