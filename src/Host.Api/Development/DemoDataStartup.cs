namespace OpsPlatform.Host.Api.Development;

/// <summary>
/// On a development host (<c>Seed:Demo</c>), seeds the demo data once, after the migrations and after the bus has
/// started: the demo plans schedule their occurrences on it.
/// </summary>
internal sealed class DemoDataStartup(IServiceProvider services, IConfiguration configuration) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (!configuration.GetValue<bool>("Seed:Demo")) return;
        await using var scope = services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<DemoSeeder>().SeedAsync(cancellationToken);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
