using JasperFx;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using OpsPlatform.Messaging.TestHost.Probe;

// A bus node in its own process: `dotnet OpsPlatform.Messaging.TestHost.dll --ConnectionStrings:Ops=...`. It applies
// the probe schema's migrations, starts, and prints "ready <node>". Then it reads commands from stdin:
// `publish <prefix> <count> <delayMs>` publishes pings from this node (a durable local queue's envelopes belong to the
// node that stored them) and answers "published <prefix>". SIGTERM stops it gracefully, SIGKILL does not.
// `codegen write` regenerates the Wolverine handler code into Internal/Generated (committed; loaded statically).
using var host = ProbeHost.Build(args);
if (args is ["codegen", ..]) return await host.RunJasperFxCommands(args);

await ProbeHost.MigrateAsync(host.Services);
await host.StartAsync();
var node = host.Services.GetRequiredService<ProbeNode>();
Console.WriteLine($"ready {node.Name}");

var lifetime = host.Services.GetRequiredService<IHostApplicationLifetime>();
_ = Task.Run(async () =>
{
    while (await Console.In.ReadLineAsync() is { } line)
    {
        var words = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words is not ["publish", var prefix, var count, var delayMs]) continue;
        try
        {
            await ProbeHost.PublishAsync(host.Services, prefix, int.Parse(count, System.Globalization.CultureInfo.InvariantCulture),
                int.Parse(delayMs, System.Globalization.CultureInfo.InvariantCulture), lifetime.ApplicationStopping);
            Console.WriteLine($"published {prefix}");
        }
        catch (Exception ex)
        {
            Console.WriteLine($"publish failed {prefix}: {ex}");
        }
    }
});
await host.WaitForShutdownAsync();
return 0;
