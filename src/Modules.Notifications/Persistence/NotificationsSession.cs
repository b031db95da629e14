using OpsPlatform.Shared.Kernel.Persistence.Documents;

namespace OpsPlatform.Modules.Notifications.Persistence;

/// <remarks>Public only because Wolverine's generated handler code resolves it; it has no public member of its own.</remarks>
public sealed class NotificationsSession(IServiceProvider services) : ModuleSession<INotificationsStore>(services, NotificationsModule.Schema)
{
    internal TimeProvider Time => Clock;
}
