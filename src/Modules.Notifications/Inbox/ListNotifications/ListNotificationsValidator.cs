using OpsPlatform.Shared.Kernel.Http;

namespace OpsPlatform.Modules.Notifications.Inbox.ListNotifications;

internal sealed class ListNotificationsValidator() : PagedQueryValidator<ListNotificationsQuery, Notification>(NotificationSortFields.All);
