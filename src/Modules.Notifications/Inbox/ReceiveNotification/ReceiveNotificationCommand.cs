using OpsPlatform.Modules.Notifications.Contracts;
using OpsPlatform.Shared.Kernel.Cqrs;

namespace OpsPlatform.Modules.Notifications.Inbox.ReceiveNotification;

/// <summary>Puts a <see cref="Notify"/> into its recipients' inboxes; answers how many notifications it made.</summary>
internal sealed record ReceiveNotificationCommand(Notify Notify) : ICommand<int>;
