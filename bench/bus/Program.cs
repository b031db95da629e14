using System.Diagnostics;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using OpsPlatform.Hosting.EmbeddedPostgres;
using OpsPlatform.Messaging.TestHost.Probe;
using Wolverine.Runtime;

// The Wolverine bus benchmark. A private PostgreSQL cluster (fsync on; --no-sync turns fsync and synchronous commit
// off, as the old bus's benchmark ran), the probe module's schema, and bus nodes as separate processes
// (tests/Messaging.TestHost, Production settings). Each ping has two handlers (PingRecorder, PingAuditor), each on its
// own durable queue, each writing an effect row in its transaction: "handled" counts effect rows.
//   throughput: every node publishes its share (units of work of 50, as command handlers do) and handles it;
//               the clock runs from the first publish command to the last effect.
//   latency:    one node publishes single pings at 50/s; commit -> handler is the PingRecorder effect's time
//               minus the time the event was recorded (both from this machine's clock).
if (OperatingSystem.IsWindows()) throw new PlatformNotSupportedException("The bus benchmark runs its own PostgreSQL cluster, which needs Linux or macOS.");
var durable = !args.Contains("--no-sync");
var numbers = args.Where(a => !a.StartsWith("--", StringComparison.Ordinal)).Select(a => int.Parse(a, CultureInfo.InvariantCulture)).ToArray();
var messages = numbers.Length > 0 ? numbers[0] : 10_000;
var latencySamples = numbers.Length > 1 ? numbers[1] : 500;

Console.WriteLine($"bus bench: {messages} pings (x2 handlers) per throughput run, {latencySamples} latency samples, fsync {(durable ? "on" : "off")}; " +
                  $"{Environment.ProcessorCount} cores, load {File.ReadAllText("/proc/loadavg").Split(' ')[0]}");
await using var cluster = await EmbeddedPostgres.StartThrowawayAsync("ops-bench-bus-", durable);

foreach (var hosts in new[] { 1, 2 })
{
    var database = await CreateDatabaseAsync(cluster, $"throughput{hosts}");
    var nodes = await Task.WhenAll(Enumerable.Range(0, hosts).Select(_ => Node.StartAsync(database)));
    var watch = Stopwatch.StartNew();
    foreach (var (node, i) in nodes.Select((n, i) => (n, i))) await node.PublishAsync($"t{i}", messages / hosts);
    long handled;
    while ((handled = await CountAsync(database, "SELECT count(*) FROM probe.effects")) < messages / hosts * hosts * 2L) await Task.Delay(50);
    watch.Stop();
    var duplicates = await CountAsync(database, "SELECT count(*) - count(DISTINCT (key, handler)) FROM probe.effects");
    Console.WriteLine($"throughput, {hosts} host(s): {handled / watch.Elapsed.TotalSeconds:0} handled/s ({handled} in {watch.Elapsed.TotalSeconds:0.0} s, " +
                      $"publishing included; {duplicates} duplicates); node RSS {string.Join(", ", nodes.Select(n => $"{n.RssMegabytes():0} MB"))}");
    foreach (var node in nodes) await node.DisposeAsync();
}

{
    var database = await CreateDatabaseAsync(cluster, "latency");
    await using var node = await Node.StartAsync(database);
    await node.PublishAsync("warm", 2000);
    while (await CountAsync(database, "SELECT count(*) FROM probe.effects WHERE handler = 'PingRecorder' AND key LIKE 'warm-%'") < 2000) await Task.Delay(50);
    for (var i = 0; i < latencySamples; i++)
    {
        await node.PublishAsync($"l{i}", 1);
        await Task.Delay(20); // 50 pings/s: latency, not backlog
    }
    while (await CountAsync(database, "SELECT count(*) FROM probe.effects WHERE handler = 'PingRecorder' AND key LIKE 'l%'") < latencySamples) await Task.Delay(50);
    var latencies = await LatenciesAsync(database);
    Console.WriteLine($"commit -> handler, 1 host: p50 {Percentile(latencies, 50):0.0} ms, p99 {Percentile(latencies, 99):0.0} ms, max {latencies.Max():0.0} ms " +
                      $"({latencies.Count} samples); node RSS {node.RssMegabytes():0} MB");
}

[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
static async Task<string> CreateDatabaseAsync(EmbeddedPostgres cluster, string name)
{
    var database = await cluster.EnsureDatabaseAsync(name);
    using var host = ProbeHost.Build([$"--ConnectionStrings:Ops={database}"]);
    await ProbeHost.MigrateAsync(host.Services);
    await host.Services.GetRequiredService<IWolverineRuntime>().Storage.Admin.MigrateAsync();
    return database;
}

static async Task<long> CountAsync(string database, string sql)
{
    await using var connection = new NpgsqlConnection(database);
    await connection.OpenAsync();
    await using var command = new NpgsqlCommand(sql, connection);
    return Convert.ToInt64(await command.ExecuteScalarAsync(), CultureInfo.InvariantCulture);
}

static async Task<List<double>> LatenciesAsync(string database)
{
    await using var connection = new NpgsqlConnection(database);
    await connection.OpenAsync();
    await using var command = new NpgsqlCommand("""
        SELECT extract(epoch FROM e.recorded_at - l.recorded_at) * 1000
        FROM probe.effects e JOIN probe.live_events l ON l.payload->>'key' = e.key
        WHERE e.handler = 'PingRecorder' AND e.key LIKE 'l%'
        """, connection);
    var latencies = new List<double>();
    await using var reader = await command.ExecuteReaderAsync();
    while (await reader.ReadAsync()) latencies.Add(reader.GetDouble(0));
    return latencies;
}

static double Percentile(List<double> values, int percentile)
{
    var sorted = values.Order().ToList();
    return sorted[Math.Clamp((int)Math.Ceiling(percentile / 100.0 * sorted.Count) - 1, 0, sorted.Count - 1)];
}

/// <summary>A bus node process (tests/Messaging.TestHost) that publishes when told to on its standard input.</summary>
internal sealed class Node : IAsyncDisposable
{
    private readonly Process _process;
    private readonly TaskCompletionSource _ready = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private Node(Process process) => _process = process;

    public static async Task<Node> StartAsync(string database)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "OpsPlatform.Messaging.TestHost.dll"));
        start.ArgumentList.Add($"--ConnectionStrings:Ops={database}");
        start.Environment["DOTNET_ENVIRONMENT"] = "Production";
        var node = new Node(new Process { StartInfo = start });
        node._process.OutputDataReceived += (_, e) =>
        {
            if (e.Data?.StartsWith("ready ", StringComparison.Ordinal) == true) node._ready.TrySetResult();
            else if (e.Data?.Contains("failed", StringComparison.Ordinal) == true) Console.Error.WriteLine(e.Data);
        };
        node._process.ErrorDataReceived += (_, e) => { if (e.Data is not null) Console.Error.WriteLine(e.Data); };
        node._process.Start();
        node._process.BeginOutputReadLine();
        node._process.BeginErrorReadLine();
        await node._ready.Task.WaitAsync(TimeSpan.FromSeconds(60));
        return node;
    }

    public async Task PublishAsync(string prefix, int count)
    {
        await _process.StandardInput.WriteLineAsync($"publish {prefix} {count} 0");
        await _process.StandardInput.FlushAsync();
    }

    public double RssMegabytes()
    {
        var line = File.ReadLines($"/proc/{_process.Id}/status").First(l => l.StartsWith("VmRSS:", StringComparison.Ordinal));
        return double.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture) / 1024;
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited) _process.Kill(entireProcessTree: true);
        await _process.WaitForExitAsync();
        _process.Dispose();
    }
}
