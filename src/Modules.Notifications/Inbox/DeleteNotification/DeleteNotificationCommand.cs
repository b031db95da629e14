using OpsPlatform.Shared.Kernel.Cqrs;

namespace OpsPlatform.Modules.Notifications.Inbox.DeleteNotification;

internal sealed record DeleteNotificationCommand(Guid Id) : ICommand<bool>;
