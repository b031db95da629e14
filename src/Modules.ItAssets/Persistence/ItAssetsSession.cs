using OpsPlatform.Shared.Kernel.Persistence.Documents;

namespace OpsPlatform.Modules.ItAssets.Persistence;

/// <remarks>Public only because Wolverine's generated handler code resolves it; it has no public member of its own.</remarks>
public sealed class ItAssetsSession(IServiceProvider services) : ModuleSession<IItAssetsStore>(services, ItAssetsModule.Schema)
{
    protected override IReadOnlyDictionary<string, string[]> UniqueFields => ItAssetsStoreSetup.UniqueFields;
}
