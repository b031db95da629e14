using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;
using OpsPlatform.Shared.Kernel.Jobs;
using OpsPlatform.Shared.Kernel.Bus;
using OpsPlatform.Shared.Kernel.Persistence;
using OpsPlatform.Shared.Kernel.Persistence.Documents;

namespace OpsPlatform.Messaging.TestHost.Probe;

/// <summary>
/// The probe host, as its own process (Program) or inside a test process: the probe module on the kernel's bus, with
/// the Wolverine code generated ahead of time into this assembly (<c>codegen write</c>, loaded statically).
/// </summary>
public static class ProbeHost
{
    /// <summary>Builds the host; <c>--ConnectionStrings:Ops=...</c> names the database, <c>--Probe:Node</c> the node's name.</summary>
    public static IHost Build(string[] args, string? environment = null)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { Args = args, EnvironmentName = environment });
        var codeGeneration = args is ["codegen", ..];
        var connectionString = builder.Configuration.GetConnectionString("Ops")
                               ?? (codeGeneration ? "Host=localhost;Database=codegen" : throw new InvalidOperationException("Pass --ConnectionStrings:Ops=<connection string>."));
        var database = new NpgsqlDataSourceBuilder(connectionString) { ConnectionStringBuilder = { MaxAutoPrepare = 128 } }.Build();
        builder.Logging.SetMinimumLevel(LogLevel.Warning); // a test sees the hosts' failures, not their chatter
        builder.Services.AddSingleton(_ => database); // a factory registration: disposed with the host
        builder.Services.AddSingleton(_ => HeldConnections.For(connectionString));
        builder.Services.AddSingleton(new ProbeNode(builder.Configuration["Probe:Node"] ?? $"probe-{Environment.ProcessId}-{Guid.NewGuid():N}"));
        builder.Services.AddProbeModule();
        if (builder.Configuration.GetValue<TimeSpan?>("Probe:JobInterval") is { } interval)
            builder.Services.AddSingletonJob<ProbeJob, ProbeSession>(interval);
        builder.AddOpsBus(database, typeof(ProbeHost).Assembly, migrate: true);
        return builder.Build();
    }

    /// <summary>Builds the probe database as the API host's start-up does: the probe's own tables from its scripts, then its Marten store (with the kernel's tables).</summary>
    public static async Task MigrateAsync(IServiceProvider services, CancellationToken cancellationToken = default)
    {
        var migrator = new SqlMigrator(services.GetRequiredService<NpgsqlDataSource>(), [new ScriptedSchema(ProbeModule.Schema, typeof(ProbeHost).Assembly)],
            services.GetServices<IModuleStore>(), NullLogger<SqlMigrator>.Instance);
        await migrator.MigrateAsync(applyPending: true, cancellationToken);
    }

    /// <summary>Publishes <paramref name="count"/> pings keyed <c>prefix-i</c> in units of work of 50, as command handlers would.</summary>
    public static async Task PublishAsync(IServiceProvider services, string prefix, int count, int delayMs = 0, CancellationToken cancellationToken = default)
    {
        foreach (var chunk in Enumerable.Range(0, count).Chunk(50))
        {
            await using var scope = services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<ProbeSession>();
            foreach (var i in chunk) db.Publish(Pinged.New($"{prefix}-{i}", delayMs: delayMs));
            await db.SaveChangesAsync(cancellationToken);
        }
    }
}
