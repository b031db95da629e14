using OpsPlatform.Shared.Kernel.Persistence.Documents;

namespace OpsPlatform.Modules.Psa.Persistence;

internal sealed class PsaSession(IServiceProvider services) : ModuleSession<IPsaStore>(services, PsaModule.Schema)
{
    protected override IReadOnlyDictionary<string, string[]> UniqueFields => PsaStoreSetup.UniqueFields;
}
