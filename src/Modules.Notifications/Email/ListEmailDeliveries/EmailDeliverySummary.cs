namespace OpsPlatform.Modules.Notifications.Email.ListEmailDeliveries;

internal sealed record EmailDeliverySummary(
    Guid Id,
    string Kind,
    Guid RecipientId,
    string To,
    string Subject,
    EmailStatus Status,
    int Attempts,
    string? LastError,
    DateTimeOffset? LastAttemptAt,
    DateTimeOffset? NextAttemptAt,
    DateTimeOffset? SentAt,
    DateTimeOffset CreatedAt,
    int Version);
