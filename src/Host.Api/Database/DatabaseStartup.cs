using OpsPlatform.Host.Api.Development;
using OpsPlatform.Shared.Kernel.Persistence;

namespace OpsPlatform.Host.Api.Database;

/// <summary>
/// Runs before the server listens: applies pending migrations (or, with Database:ApplyMigrations=false, refuses
/// to start while any are pending) and, on a development host, seeds the demo data once.
/// </summary>
internal sealed class DatabaseStartup(
    SqlMigrator migrator,
    MigrationState state,
    IServiceProvider services,
    IConfiguration configuration) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await migrator.MigrateAsync(configuration.GetValue("Database:ApplyMigrations", true), cancellationToken);
        state.MarkApplied();

        if (configuration.GetValue<bool>("Seed:Demo"))
        {
            await using var scope = services.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<DemoSeeder>().SeedAsync(cancellationToken);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
