using Microsoft.AspNetCore.Routing;
using OpsPlatform.Modules.Notifications.Email.ListEmailDeliveries;
using OpsPlatform.Modules.Notifications.Email.RetryEmailDelivery;
using OpsPlatform.Modules.Notifications.Inbox.CountUnread;
using OpsPlatform.Modules.Notifications.Inbox.DeleteNotification;
using OpsPlatform.Modules.Notifications.Inbox.ListNotifications;
using OpsPlatform.Modules.Notifications.Inbox.MarkAllRead;
using OpsPlatform.Modules.Notifications.Inbox.MarkNotificationRead;
using OpsPlatform.Modules.Notifications.Preferences.GetPreferences;
using OpsPlatform.Modules.Notifications.Preferences.UpdatePreferences;

namespace OpsPlatform.Modules.Notifications;

internal static class NotificationsEndpoints
{
    public static void Map(RouteGroupBuilder group)
    {
        group.MapListNotifications();
        group.MapCountUnread();
        group.MapMarkNotificationRead();
        group.MapMarkAllRead();
        group.MapDeleteNotification();
        group.MapGetPreferences();
        group.MapUpdatePreferences();
        group.MapListEmailDeliveries();
        group.MapRetryEmailDelivery();
    }
}
