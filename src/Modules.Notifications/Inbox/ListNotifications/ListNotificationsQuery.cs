using OpsPlatform.Shared.Kernel.Cqrs;
using OpsPlatform.Shared.Kernel.Http;

namespace OpsPlatform.Modules.Notifications.Inbox.ListNotifications;

/// <summary>The caller's inbox; <see cref="Unread"/> true lists only unread ones.</summary>
internal sealed record ListNotificationsQuery(bool? Unread, int? Page, int? PageSize, string? Sort, bool? Count)
    : IQuery<Paged<NotificationSummary>>, IPagedQuery;
