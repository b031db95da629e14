using OpsPlatform.Shared.Kernel.Persistence;

namespace OpsPlatform.Host.Api.Database;

/// <summary>
/// Runs first, before the bus starts: applies pending migrations and brings the modules' Marten stores up to date
/// (or, with Database:ApplyMigrations=false, refuses to start while anything is pending).
/// </summary>
internal sealed class DatabaseStartup(
    SqlMigrator migrator,
    MigrationState state,
    IConfiguration configuration) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await migrator.MigrateAsync(configuration.GetValue("Database:ApplyMigrations", true), cancellationToken);
        state.MarkApplied();
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
