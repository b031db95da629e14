using OpsPlatform.Shared.Kernel.Cqrs;

namespace OpsPlatform.Modules.Notifications.Inbox.MarkAllRead;

/// <summary>Marks every unread notification of the caller read; answers how many.</summary>
internal sealed record MarkAllReadCommand : ICommand<MarkedRead>;
