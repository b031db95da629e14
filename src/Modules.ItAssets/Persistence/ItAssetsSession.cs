using OpsPlatform.Shared.Kernel.Persistence.Documents;

namespace OpsPlatform.Modules.ItAssets.Persistence;

internal sealed class ItAssetsSession(IServiceProvider services) : ModuleSession<IItAssetsStore>(services, ItAssetsModule.Schema)
{
    protected override IReadOnlyDictionary<string, string[]> UniqueFields => ItAssetsStoreSetup.UniqueFields;
}
