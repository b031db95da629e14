using Marten;

namespace OpsPlatform.Shared.Kernel.Persistence.Documents;

/// <summary>A module's Marten store as the host's database start-up sees it: the schema it owns and its storage.</summary>
public interface IModuleStore
{
    string Schema { get; }

    /// <summary>Creates or updates every table, index and function the store's configuration needs.</summary>
    Task ApplyChangesAsync(CancellationToken cancellationToken);

    /// <summary>Throws when the database lacks something the configuration needs (a host that may not migrate).</summary>
    Task AssertMatchesAsync(CancellationToken cancellationToken);
}

internal sealed class ModuleStore(string schema, IDocumentStore store) : IModuleStore
{
    public string Schema => schema;

    public Task ApplyChangesAsync(CancellationToken cancellationToken) =>
        store.Storage.ApplyAllConfiguredChangesToDatabaseAsync(JasperFx.AutoCreate.CreateOrUpdate);

    public Task AssertMatchesAsync(CancellationToken cancellationToken) =>
        store.Storage.Database.AssertDatabaseMatchesConfigurationAsync(cancellationToken);
}
