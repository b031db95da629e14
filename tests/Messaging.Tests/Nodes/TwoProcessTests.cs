namespace OpsPlatform.Messaging.Tests.Nodes;

/// <summary>
/// Real OS processes on one database. The in-process host only migrates and publishes (its bus is off); the work is
/// done by probe hosts started with <c>dotnet OpsPlatform.Messaging.TestHost.dll</c>.
/// </summary>
public sealed class TwoProcessTests : IAsyncLifetime
{
    private static readonly IReadOnlyDictionary<string, string> Settings = ProbeProcess.QuickSettings;

    private readonly BusFactory _publisher = new();
    private readonly ProbeEffects _effects;

    public TwoProcessTests() => _effects = new ProbeEffects(_publisher);

    public async Task InitializeAsync()
    {
        _publisher.WithSetting("Bus:Enabled", "false");
        await _publisher.InitializeAsync();
    }

    public async Task DisposeAsync() => await _publisher.DisposeAsync();

    [Fact]
    public async Task Two_hosts_handle_5000_messages_each_exactly_once_and_both_do_work()
    {
        await using var a = await ProbeProcess.StartAsync(_publisher.ConnectionString, Settings);
        await using var b = await ProbeProcess.StartAsync(_publisher.ConnectionString, Settings);

        await _effects.PublishAsync("many", 5000);
        await _effects.WaitForAsync("many-%", 5000, TimeSpan.FromSeconds(90), a, b);

        await _effects.ShouldBeExactlyOnceAsync("many-%", 5000);
        (await _effects.ByNodeAsync("many-%", a.NodeId)).ShouldBeGreaterThan(0);
        (await _effects.ByNodeAsync("many-%", b.NodeId)).ShouldBeGreaterThan(0);
    }

    [Fact]
    public async Task Killing_one_host_mid_stream_loses_nothing_and_duplicates_no_effect()
    {
        await using var a = await ProbeProcess.StartAsync(_publisher.ConnectionString, Settings);
        await using var b = await ProbeProcess.StartAsync(_publisher.ConnectionString, Settings);

        await _effects.PublishAsync("killed", 1000, delayMs: 2);
        await _effects.WaitForAsync("killed-%", 200, TimeSpan.FromSeconds(60), a, b);
        await a.KillAsync();

        await _effects.WaitForAsync("killed-%", 1000, TimeSpan.FromSeconds(60), b);

        await _effects.ShouldBeExactlyOnceAsync("killed-%", 1000);
        (await _publisher.CountAsync("SELECT count(*) FROM probe.effects WHERE key LIKE 'killed-%' AND node = $1", a.NodeId)).ShouldBeGreaterThan(0);
        (await _publisher.CountAsync("SELECT count(*) FROM probe.inbox WHERE lease_node = $1", a.NodeId)).ShouldBe(0); // A's claims were taken over
    }

    [Fact]
    public async Task A_host_stopped_with_SIGTERM_drains_and_leaves_no_claim_behind_and_another_host_finishes_the_rest()
    {
        var a = await ProbeProcess.StartAsync(_publisher.ConnectionString, Settings);
        await _effects.PublishAsync("drained", 500, delayMs: 5);
        await _effects.WaitForAsync("drained-%", 100, TimeSpan.FromSeconds(60), a);

        await a.TerminateAsync(TimeSpan.FromSeconds(30));

        (await _publisher.CountAsync("SELECT count(*) FROM probe.inbox WHERE lease_node = $1", a.NodeId)).ShouldBe(0, a.Output);
        (await _publisher.CountAsync("SELECT count(*) FROM bus.nodes WHERE node_id = $1 AND stopped_at IS NOT NULL", a.NodeId)).ShouldBe(1);
        await using var b = await ProbeProcess.StartAsync(_publisher.ConnectionString, Settings);
        await _effects.WaitForAsync("drained-%", 500, TimeSpan.FromSeconds(60), b);
        await _effects.ShouldBeExactlyOnceAsync("drained-%", 500);
        await a.DisposeAsync();
    }

}
