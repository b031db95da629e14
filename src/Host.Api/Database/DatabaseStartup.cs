using OpsPlatform.Shared.Kernel.Persistence;
using OpsPlatform.Shared.Kernel.Persistence.Documents;

namespace OpsPlatform.Host.Api.Database;

/// <summary>
/// Runs first, before the bus starts: applies pending migrations and brings the modules' Marten stores up to date (or, with Database:ApplyMigrations=false, refuses
/// to start while any are pending).
/// </summary>
internal sealed class DatabaseStartup(
    SqlMigrator migrator,
    IEnumerable<IModuleStore> stores,
    MigrationState state,
    IConfiguration configuration) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var apply = configuration.GetValue("Database:ApplyMigrations", true);
        await migrator.MigrateAsync(apply, cancellationToken);
        foreach (var store in stores)
        {
            if (apply) await store.ApplyChangesAsync(cancellationToken);
            else await store.AssertMatchesAsync(cancellationToken);
        }
        state.MarkApplied();
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
