using System.Diagnostics;
using System.Globalization;
using OpsPlatform.Hosting.EmbeddedPostgres;
using OpsPlatform.Messaging.Tests.Probes;

namespace OpsPlatform.Messaging.Tests.Nodes;

/// <summary>
/// R28: PostgreSQL is paused for 30 s (SIGSTOP of every server process) while two probe host processes work through
/// 500 messages; once it is back, every message is handled exactly once and both hosts still run. A durable cluster
/// of its own, since the pause would stall every other test.
/// </summary>
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public sealed class DatabaseOutageTests : IAsyncLifetime
{
    private static readonly TimeSpan Outage = TimeSpan.FromSeconds(30);

    private readonly Xunit.Abstractions.ITestOutputHelper _output;
    private EmbeddedPostgres? _cluster;
    private string _database = "";

    public DatabaseOutageTests(Xunit.Abstractions.ITestOutputHelper output) => _output = output;

    public async Task InitializeAsync()
    {
        _cluster = await EmbeddedPostgres.StartThrowawayAsync("ops-outage-", durable: true);
        _database = await ProbeDatabase.CreateAsync("outage", await _cluster.EnsureDatabaseAsync("outage"));
    }

    public async Task DisposeAsync()
    {
        Npgsql.NpgsqlConnection.ClearAllPools();
        if (_cluster is not null) await _cluster.DisposeAsync();
    }

    [Fact]
    public async Task Thirty_seconds_of_a_paused_database_during_500_messages_on_two_hosts_loses_nothing_and_duplicates_nothing()
    {
        await using var a = await ProbeProcess.StartAsync(_database);
        await using var b = await ProbeProcess.StartAsync(_database);
        await a.PublishAsync("paused-a", 250, delayMs: 50);
        await b.PublishAsync("paused-b", 250, delayMs: 50);
        await ProbeDatabase.WaitUntilAsync(_database, "SELECT count(*) FROM probe.effects WHERE handler = 'PingRecorder' AND key LIKE 'paused-%'", 50,
            TimeSpan.FromSeconds(60), () => a.Output + "\n---\n" + b.Output);
        // A loaded machine may still be committing one host's last chunk when the other's effects reach 50.
        var published = Stopwatch.StartNew();
        while (!(a.HasPublished("paused-a") && b.HasPublished("paused-b")) && published.Elapsed < TimeSpan.FromSeconds(60)) await Task.Delay(100);
        (a.HasPublished("paused-a") && b.HasPublished("paused-b")).ShouldBeTrue($"both hosts stored their pings before the pause\n{a.Output}\n---\n{b.Output}");

        var handledBefore = await Effects.HandledAsync(_database, "paused-%");
        await SignalServerAsync("STOP");
        await Task.Delay(Outage); // the outage itself, not a wait for the bus
        await SignalServerAsync("CONT");
        var recovery = Stopwatch.StartNew();

        await Effects.WaitForAsync(_database, "paused-%", 500, TimeSpan.FromSeconds(150), a, b);
        _output.WriteLine($"{handledBefore} of 500 handled when the database paused; the rest {recovery.Elapsed.TotalSeconds:0.0} s after it came back");
        await Effects.ShouldBeExactlyOnceAsync(_database, "paused-%", 500);
        handledBefore.ShouldBeLessThan(500, "the outage began mid-stream");
        a.HasExited.ShouldBeFalse(a.Output);
        b.HasExited.ShouldBeFalse(b.Output);
        (await Effects.ByNodeAsync(_database, "paused-%", a.Node)).ShouldBeGreaterThan(0);
        (await Effects.ByNodeAsync(_database, "paused-%", b.Node)).ShouldBeGreaterThan(0);
    }

    /// <summary>Sends a signal to the postmaster and every backend it forked.</summary>
    private async Task SignalServerAsync(string signal)
    {
        var postmaster = File.ReadLines(Path.Combine(_cluster!.DataDirectory, "postmaster.pid")).First().Trim();
        int.Parse(postmaster, CultureInfo.InvariantCulture).ShouldBeGreaterThan(0);
        await RunAsync("pkill", $"-{signal}", "-P", postmaster);
        await RunAsync("kill", $"-{signal}", postmaster);
    }

    private static async Task RunAsync(string tool, params string[] arguments)
    {
        using var process = Process.Start(tool, arguments);
        await process.WaitForExitAsync();
    }
}
