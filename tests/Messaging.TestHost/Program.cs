using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Npgsql;
using OpsPlatform.Messaging.TestHost.Probe;
using OpsPlatform.Shared.Kernel.Jobs;
using OpsPlatform.Shared.Kernel.Messaging;

// A bus node in its own process: `dotnet OpsPlatform.Messaging.TestHost.dll --ConnectionStrings:Ops=...` on a database
// already migrated with the probe module. Prints "ready <node id>" once its loops run; SIGTERM stops it gracefully.
var builder = Host.CreateApplicationBuilder(args);
var connectionString = builder.Configuration.GetConnectionString("Ops")
                       ?? throw new InvalidOperationException("Pass --ConnectionStrings:Ops=<connection string>.");
// As the API host does: hot statements are prepared server-side after their second use.
builder.Services.AddSingleton(_ => new NpgsqlDataSourceBuilder(connectionString) { ConnectionStringBuilder = { MaxAutoPrepare = 128 } }.Build());
builder.Services.AddProbeModule();
if (builder.Configuration.GetValue<TimeSpan?>("Probe:JobInterval") is { } interval)
    builder.Services.AddSingletonJob<ProbeJob>(interval);

using var host = builder.Build();
var node = host.Services.GetRequiredService<BusNode>();
host.Services.GetRequiredService<IHostApplicationLifetime>().ApplicationStarted.Register(() => Console.WriteLine($"ready {node.NodeId}"));
await host.RunAsync();
