using System.Diagnostics;
using System.Globalization;
using OpsPlatform.Hosting.EmbeddedPostgres;

namespace OpsPlatform.Messaging.Tests.Nodes;

/// <summary>
/// MESSAGING.md R28: the database goes away for 30 s while two probe host processes work through 500 messages; when
/// it is back, every message is handled exactly once and both hosts are still running. Each case has a PostgreSQL
/// cluster of its own (durable, as in production), since the outage would break every other test.
/// </summary>
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public sealed class DatabaseOutageTests : IAsyncLifetime
{
    private static readonly TimeSpan Outage = TimeSpan.FromSeconds(30);

    private readonly Xunit.Abstractions.ITestOutputHelper _output;
    private readonly BusFactory _publisher = new();
    private readonly ProbeEffects _effects;
    private EmbeddedPostgres? _cluster;

    public DatabaseOutageTests(Xunit.Abstractions.ITestOutputHelper output)
    {
        _output = output;
        _effects = new ProbeEffects(_publisher);
    }

    public async Task InitializeAsync()
    {
        _cluster = await EmbeddedPostgres.StartThrowawayAsync("ops-outage-", durable: true);
        _publisher.UseDatabase(await _cluster.EnsureDatabaseAsync("outage")).WithSetting("Bus:Enabled", "false");
        await _publisher.InitializeAsync();
    }

    public async Task DisposeAsync()
    {
        await _publisher.DisposeAsync();
        if (_cluster is not null) await _cluster.DisposeAsync();
    }

    [Theory]
    [InlineData("paused")]    // SIGSTOP on every server process: connections hang, statements and connects time out
    [InlineData("crashed")]   // immediate shutdown, then a restart: connections cut, running transactions lost
    public async Task Thirty_seconds_without_the_database_during_500_messages_on_two_hosts_loses_nothing_and_duplicates_nothing(string outage)
    {
        await using var a = await ProbeProcess.StartAsync(_publisher.ConnectionString, ProbeProcess.QuickSettings);
        await using var b = await ProbeProcess.StartAsync(_publisher.ConnectionString, ProbeProcess.QuickSettings);
        await _effects.PublishAsync(outage, 500, delayMs: 50);
        await _effects.WaitForAsync($"{outage}-%", 100, TimeSpan.FromSeconds(60), a, b);

        var handledBefore = await _effects.HandledAsync($"{outage}-%");
        await GoAwayAsync(outage);
        await Task.Delay(Outage); // the outage itself, not a wait for the bus
        await ComeBackAsync(outage);
        var recovery = Stopwatch.StartNew();

        await _effects.WaitForAsync($"{outage}-%", 500, TimeSpan.FromSeconds(120), a, b);
        _output.WriteLine($"{outage}: {handledBefore} of 500 handled when the database went away; the rest {recovery.Elapsed.TotalSeconds:0.0} s after it came back");
        await _effects.ShouldBeExactlyOnceAsync($"{outage}-%", 500);
        handledBefore.ShouldBeLessThan(500, "the outage began mid-stream");
        a.HasExited.ShouldBeFalse(a.Output);
        b.HasExited.ShouldBeFalse(b.Output);
        (await _publisher.CountAsync("SELECT count(*) FROM probe.dead_letters")).ShouldBe(0);
        (await _effects.ByNodeAsync($"{outage}-%", a.NodeId)).ShouldBeGreaterThan(0);
        (await _effects.ByNodeAsync($"{outage}-%", b.NodeId)).ShouldBeGreaterThan(0);
    }

    private async Task GoAwayAsync(string outage)
    {
        if (outage == "paused") await SignalServerAsync("STOP");
        else await _cluster!.StopServerAsync(immediate: true);
    }

    private async Task ComeBackAsync(string outage)
    {
        if (outage == "paused") await SignalServerAsync("CONT");
        else await _cluster!.StartServerAsync();
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
