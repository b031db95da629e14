namespace OpsPlatform.Modules.Notifications.Inbox.CountUnread;

internal sealed record UnreadCount(long Unread);
