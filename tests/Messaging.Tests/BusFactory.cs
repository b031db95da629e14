using Microsoft.Extensions.DependencyInjection;
using OpsPlatform.Messaging.Tests.Echo;
using OpsPlatform.Messaging.TestHost.Probe;
using OpsPlatform.Shared.Kernel.Messaging;

namespace OpsPlatform.Messaging.Tests;

/// <summary>The real host with two test modules added: <c>probe</c> (publisher and subscriber) and <c>probe_echo</c>.</summary>
public class BusFactory : ApiFactory
{
    public BusFactory()
    {
        WithServices(services => services.AddProbeModule().AddEchoModule());
    }

    /// <summary>Starts the host at once, so the test modules' schemas exist before a test writes to them.</summary>
    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        _ = Services;
    }

    /// <summary>Publishes through the probe module's DbContext in one unit of work, as a command handler would.</summary>
    public async Task PublishAsync(params IIntegrationEvent[] messages)
    {
        await using var scope = Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ProbeDbContext>();
        foreach (var message in messages) db.Publish(message);
        await db.SaveChangesAsync();
    }

    /// <summary>Runs a unit of work on the probe module's DbContext (publish, schedule, …) and saves it.</summary>
    public async Task InProbeAsync(Action<ProbeDbContext> work)
    {
        await using var scope = Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ProbeDbContext>();
        work(db);
        await db.SaveChangesAsync();
    }

    public Task<long> EffectsAsync(string key, string? handler = null) =>
        CountAsync("SELECT count(*) FROM probe.effects WHERE key = $1 AND ($2 = '' OR handler = $2)", key, handler ?? "");

    public Task<long> CountAsync(string sql, params object[] parameters) => ScalarAsync<long>(sql, parameters)!;
}
