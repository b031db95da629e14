using OpsPlatform.Shared.Kernel.Persistence.Documents;

namespace OpsPlatform.Modules.Maintenance.Persistence;

/// <remarks>Public only because Wolverine's generated handler code resolves it; it has no public member of its own.</remarks>
public sealed class MaintenanceSession(IServiceProvider services) : ModuleSession<IMaintenanceStore>(services, MaintenanceModule.Schema)
{
    protected override IReadOnlyDictionary<string, string[]> UniqueFields => MaintenanceStoreSetup.UniqueFields;
}
