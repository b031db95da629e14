using OpsPlatform.Shared.Kernel.Persistence.Documents;

namespace OpsPlatform.Modules.Janitorial.Persistence;

/// <remarks>Public only because Wolverine's generated handler code resolves it; it has no public member of its own.</remarks>
public sealed class JanitorialSession(IServiceProvider services) : ModuleSession<IJanitorialStore>(services, JanitorialModule.Schema)
{
    protected override IReadOnlyDictionary<string, string[]> UniqueFields => JanitorialStoreSetup.UniqueFields;

    internal TimeProvider Time => Clock;
}
