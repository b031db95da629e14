namespace OpsPlatform.Modules.Notifications.Inbox.MarkAllRead;

internal sealed record MarkedRead(int Marked);
