using OpsPlatform.Shared.Kernel.Persistence.Documents;

namespace OpsPlatform.Modules.Psa.Persistence;

/// <remarks>Public only because Wolverine's generated handler code resolves it; it has no public member of its own.</remarks>
public sealed class PsaSession(IServiceProvider services) : ModuleSession<IPsaStore>(services, PsaModule.Schema)
{
    protected override IReadOnlyDictionary<string, string[]> UniqueFields => PsaStoreSetup.UniqueFields;

    internal TimeProvider Time => Clock;
}
