using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using OpsPlatform.Messaging.TestHost.Probe;
using OpsPlatform.Shared.Kernel.Bus;

namespace OpsPlatform.Messaging.Tests.Probes;

/// <summary>
/// The probe host inside the test process (environment Testing; the TestHost's statically loaded handler code) on a
/// database of its own or a given one. Publishes and schedules through the probe module's unit of work, as command handlers do.
/// </summary>
public sealed class InProcessProbe : IAsyncDisposable
{
    private InProcessProbe(IHost host, string connectionString)
    {
        Host = host;
        ConnectionString = connectionString;
    }

    public IHost Host { get; }

    public string ConnectionString { get; }

    public IServiceProvider Services => Host.Services;

    public string Node => Services.GetRequiredService<ProbeNode>().Name;

    public static async Task<InProcessProbe> StartAsync(string connectionString, params string[] settings)
    {
        var host = ProbeHost.Build([$"--ConnectionStrings:Ops={connectionString}", .. settings], environment: "Testing");
        await host.StartAsync();
        return new InProcessProbe(host, connectionString);
    }

    /// <summary>Runs one unit of work on the probe module's session (publish, schedule, …) and saves it.</summary>
    public async Task InProbeAsync(Action<ProbeSession> work)
    {
        await using var scope = Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ProbeSession>();
        work(db);
        await db.SaveChangesAsync(CancellationToken.None);
    }

    public Task PublishAsync(params IIntegrationEvent[] messages) => InProbeAsync(db =>
    {
        foreach (var message in messages) db.Publish(message);
    });

    /// <summary>Waits until nothing is waiting, retrying or due at any queue (as ApiFactory.SettleBusAsync does for the API host).</summary>
    public async Task SettleAsync(TimeSpan? timeout = null)
    {
        var pending = await Services.GetRequiredService<BusMonitor>().SettleAsync(timeout ?? TimeSpan.FromSeconds(30));
        pending.ShouldBeEmpty($"still pending: {string.Join("; ", pending)}");
    }

    public Task<long> CountAsync(string sql, params object[] parameters) => ProbeDatabase.CountAsync(ConnectionString, sql, parameters);

    public Task<long> EffectsAsync(string key, string handler) =>
        CountAsync("SELECT count(*) FROM probe.effects WHERE key = $1 AND handler = $2", key, handler);

    public Task ExecuteAsync(string sql) => ProbeDatabase.ExecuteAsync(ConnectionString, sql);

    public async ValueTask DisposeAsync()
    {
        await Host.StopAsync(TimeSpan.FromSeconds(10));
        Host.Dispose();
    }
}
