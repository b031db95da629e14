using OpsPlatform.Shared.Kernel.Cqrs;

namespace OpsPlatform.Modules.Notifications.Inbox.CountUnread;

internal sealed record CountUnreadQuery : IQuery<UnreadCount>;
