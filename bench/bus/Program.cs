using System.Diagnostics;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using OpsPlatform.Messaging.TestHost.Probe;
using OpsPlatform.Shared.Kernel.Messaging;
using OpsPlatform.Identity.Contracts;
using OpsPlatform.Testing;

// Bus benchmark. One embedded PostgreSQL (the test cluster: fsync and synchronous_commit off), a publisher host in
// this process (the real Host.Api through WebApplicationFactory, its bus off) and bus nodes as separate processes
// (tests/Messaging.TestHost). Each ping has two handlers (PingRecorder, PingAuditor): "handled" counts inbox rows.
var messages = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 10_000;
var latencySamples = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 500;

Console.WriteLine($"bus bench: {messages} messages per throughput run, {latencySamples} latency samples; {Environment.ProcessorCount} cores, load {File.ReadAllText("/proc/loadavg").Split(' ')[0]}");
foreach (var hosts in new[] { 1, 2 })
{
    await using var publisher = await PublisherAsync();
    await PublishAsync(publisher, "t", messages);
    var nodes = await Task.WhenAll(Enumerable.Range(0, hosts).Select(_ => Node.StartAsync(publisher.ConnectionString)));
    var watch = Stopwatch.StartNew();
    long handled;
    while ((handled = await publisher.ScalarAsync<long>("SELECT count(*) FROM probe.inbox WHERE handled_at IS NOT NULL")) < messages * 2L)
        await Task.Delay(50);
    watch.Stop();
    var rss = nodes.Select(n => n.RssMegabytes()).ToList();
    Console.WriteLine($"throughput, {hosts} host(s): {handled / watch.Elapsed.TotalSeconds:0} handled/s ({handled} in {watch.Elapsed.TotalSeconds:0.0} s); node RSS {string.Join(", ", rss.Select(r => $"{r:0} MB"))}");
    foreach (var node in nodes) await node.DisposeAsync();
}

foreach (var hosts in new[] { 1, 2 })
{
    await using var publisher = await PublisherAsync();
    var nodes = await Task.WhenAll(Enumerable.Range(0, hosts).Select(_ => Node.StartAsync(publisher.ConnectionString)));
    // A node's first messages pay for JIT and the EF model: report that once, then warm the nodes up before sampling.
    await PublishAsync(publisher, "cold", 1, single: true);
    var coldAt = DateTime.UtcNow;
    while (await publisher.ScalarAsync<long>("SELECT count(*) FROM probe.effects WHERE handler = 'PingRecorder' AND key = 'cold-0'") == 0) await Task.Delay(5);
    var cold = (await publisher.ScalarAsync<DateTime>("SELECT recorded_at AT TIME ZONE 'UTC' FROM probe.effects WHERE key = 'cold-0' AND handler = 'PingRecorder'") - coldAt).TotalMilliseconds;
    await PublishAsync(publisher, "warm", 2000);
    while (await publisher.ScalarAsync<long>("SELECT count(*) FROM probe.effects WHERE handler = 'PingRecorder' AND key LIKE 'warm-%'") < 2000) await Task.Delay(50);
    var committed = new Dictionary<string, DateTime>();
    for (var i = 0; i < latencySamples; i++)
    {
        await PublishAsync(publisher, $"l{i}", 1, single: true);
        committed[$"l{i}-0"] = DateTime.UtcNow;
        await Task.Delay(20); // 50 messages/s: latency, not backlog
    }
    while (await publisher.ScalarAsync<long>("SELECT count(*) FROM probe.effects WHERE handler = 'PingRecorder' AND key LIKE 'l%'") < latencySamples)
        await Task.Delay(50);
    var latencies = new List<double>();
    foreach (var (key, at) in committed)
        latencies.Add((await publisher.ScalarAsync<DateTime>("SELECT recorded_at AT TIME ZONE 'UTC' FROM probe.effects WHERE handler = 'PingRecorder' AND key = $1", key) - at).TotalMilliseconds);
    Console.WriteLine($"commit -> handler, {hosts} host(s): p50 {Percentile(latencies, 50):0.0} ms, p99 {Percentile(latencies, 99):0.0} ms (cold start: first message {cold:0} ms)");
    foreach (var node in nodes) await node.DisposeAsync();
}

// The live client on the committing host, then on a second host on the same database (woken by its LISTEN).
await using (var publisher = await PublisherAsync())
{
    await using var other = new ApiFactory().UseDatabase(publisher.ConnectionString).WithSetting("Bus:Enabled", "false").WithServices(s => s.AddProbeModule());
    await other.InitializeAsync();
    foreach (var (where, streamHost) in new[] { ("same host", publisher), ("other host", other) })
    {
        var manager = await streamHost.SignInAsNewUserAsync(Roles.Manager);
        using var response = await manager.Http.SendAsync(new HttpRequestMessage(HttpMethod.Get, "/api/live?module=probe&type=probe.pinged"), HttpCompletionOption.ResponseHeadersRead);
        using var reader = new StreamReader(await response.Content.ReadAsStreamAsync());
        var latencies = new List<double>();
        for (var i = 0; i < latencySamples + 100; i++)
        {
            await PublishAsync(publisher, $"v{where[0]}{i}", 1, single: true);
            var committedAt = Stopwatch.GetTimestamp();
            string? line;
            while ((line = await reader.ReadLineAsync()) is not null && !line.StartsWith("data: ", StringComparison.Ordinal)) { }
            if (i >= 100) latencies.Add(Stopwatch.GetElapsedTime(committedAt).TotalMilliseconds); // the first 100 warm the stream up
        }
        Console.WriteLine($"commit -> live client, {where}: p50 {Percentile(latencies, 50):0.0} ms, p99 {Percentile(latencies, 99):0.0} ms");
    }
    Console.WriteLine($"publisher process RSS (two API hosts) {Environment.WorkingSet / 1048576.0:0} MB");
}

static async Task<ApiFactory> PublisherAsync()
{
    var publisher = new ApiFactory().WithSetting("Bus:Enabled", "false").WithServices(s => s.AddProbeModule());
    await publisher.InitializeAsync();
    _ = publisher.Services;
    return publisher;
}

static async Task PublishAsync(ApiFactory publisher, string prefix, int count, bool single = false)
{
    foreach (var chunk in Enumerable.Range(0, count).Chunk(single ? 1 : 500))
    {
        await using var scope = publisher.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ProbeDbContext>();
        foreach (var i in chunk) db.Publish(Pinged.New($"{prefix}-{i}"));
        await db.SaveChangesAsync();
    }
}

static double Percentile(List<double> values, int percentile)
{
    var sorted = values.Order().ToList();
    return sorted[Math.Clamp((int)Math.Ceiling(percentile / 100.0 * sorted.Count) - 1, 0, sorted.Count - 1)];
}

/// <summary>A bus node process (production-like defaults: 16 handlers at once, 1 s poll, NOTIFY nudges).</summary>
internal sealed class Node : IAsyncDisposable
{
    private readonly Process _process;

    private Node(Process process) => _process = process;

    public static async Task<Node> StartAsync(string connectionString)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, UseShellExecute = false };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "OpsPlatform.Messaging.TestHost.dll"));
        start.ArgumentList.Add($"--ConnectionStrings:Ops={connectionString}");
        start.Environment["DOTNET_ENVIRONMENT"] = "Production";
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        var process = Process.Start(start)!;
        while (await process.StandardOutput.ReadLineAsync() is { } line && !line.StartsWith("ready ", StringComparison.Ordinal)) { }
        return new Node(process);
    }

    public double RssMegabytes() =>
        double.Parse(File.ReadLines($"/proc/{_process.Id}/status").First(l => l.StartsWith("VmRSS:", StringComparison.Ordinal)).Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture) / 1024;

    public async ValueTask DisposeAsync()
    {
        _process.Kill();
        await _process.WaitForExitAsync();
        _process.Dispose();
    }
}
