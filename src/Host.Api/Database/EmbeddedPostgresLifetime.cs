using OpsPlatform.Hosting.EmbeddedPostgres;

namespace OpsPlatform.Host.Api.Database;

/// <summary>Stops the embedded cluster when the host stops (registered first, so it stops last).</summary>
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
internal sealed class EmbeddedPostgresLifetime(EmbeddedPostgres cluster) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public async Task StopAsync(CancellationToken cancellationToken) => await cluster.DisposeAsync();
}
