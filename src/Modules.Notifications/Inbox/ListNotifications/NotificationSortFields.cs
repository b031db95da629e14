using OpsPlatform.Shared.Kernel.Http;

namespace OpsPlatform.Modules.Notifications.Inbox.ListNotifications;

/// <summary>The inbox's sorts (index <c>ix_notifications_inbox</c>); the default is unread first, newest first.</summary>
internal static class NotificationSortFields
{
    public static readonly SortFields<Notification> All = new SortFields<Notification>("read,-createdAt")
        .Add("read", n => n.Read)
        .Add("createdAt", n => n.CreatedAt);
}
