using OpsPlatform.Shared.Kernel.Cqrs;

namespace OpsPlatform.Modules.Notifications.Inbox.MarkNotificationRead;

internal sealed record MarkNotificationReadCommand(Guid Id) : ICommand<bool>;
