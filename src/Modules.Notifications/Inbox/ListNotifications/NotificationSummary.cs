namespace OpsPlatform.Modules.Notifications.Inbox.ListNotifications;

internal sealed record NotificationSummary(
    Guid Id,
    string Kind,
    string Title,
    string Body,
    string? Link,
    string SourceModule,
    string SourceType,
    Guid SourceId,
    bool Read,
    DateTimeOffset? ReadAt,
    DateTimeOffset CreatedAt);
