using OpsPlatform.Shared.Kernel.Bus;

namespace OpsPlatform.Modules.Notifications.Contracts;

/// <summary>A notification reached a user's inbox. On the live stream only that user sees it (managers included).</summary>
[IntegrationEvent("notifications.notification-received", 1)]
public sealed record NotificationReceived(
    Guid EventId,
    DateTimeOffset OccurredAt,
    Guid NotificationId,
    string Kind,
    string Title,
    string? Link,
    IReadOnlyList<Guid> VisibleToUserIds) : IIntegrationEvent, IPersonalEvent;
