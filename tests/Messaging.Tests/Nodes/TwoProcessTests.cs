using OpsPlatform.Messaging.TestHost.Probe;

namespace OpsPlatform.Messaging.Tests.Nodes;

/// <summary>
/// Real OS processes on one database. The in-process host only migrates and publishes (its bus is off); the work is
/// done by probe hosts started with <c>dotnet OpsPlatform.Messaging.TestHost.dll</c>.
/// </summary>
public sealed class TwoProcessTests : IAsyncLifetime
{
    private static readonly Dictionary<string, string> Settings = new()
    {
        ["Bus:LeaseDuration"] = "00:00:03",
        ["Bus:MaxConcurrency"] = "8",
        ["Bus:PollInterval"] = "00:00:00.200",
    };

    private readonly BusFactory _publisher = new();

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

        await PublishAsync("many", 5000);
        await WaitForEffectsAsync("many-%", 5000, TimeSpan.FromSeconds(90), a, b);

        await ShouldBeExactlyOnceAsync("many-%", 5000);
        (await _publisher.CountAsync("SELECT count(*) FROM probe.effects WHERE handler = 'PingRecorder' AND key LIKE 'many-%' AND node = $1", a.NodeId)).ShouldBeGreaterThan(0);
        (await _publisher.CountAsync("SELECT count(*) FROM probe.effects WHERE handler = 'PingRecorder' AND key LIKE 'many-%' AND node = $1", b.NodeId)).ShouldBeGreaterThan(0);
    }

    [Fact]
    public async Task Killing_one_host_mid_stream_loses_nothing_and_duplicates_no_effect()
    {
        await using var a = await ProbeProcess.StartAsync(_publisher.ConnectionString, Settings);
        await using var b = await ProbeProcess.StartAsync(_publisher.ConnectionString, Settings);

        await PublishAsync("killed", 1000, delayMs: 2);
        await WaitForEffectsAsync("killed-%", 200, TimeSpan.FromSeconds(60), a, b);
        await a.KillAsync();

        await WaitForEffectsAsync("killed-%", 1000, TimeSpan.FromSeconds(60), b);

        await ShouldBeExactlyOnceAsync("killed-%", 1000);
        (await _publisher.CountAsync("SELECT count(*) FROM probe.effects WHERE key LIKE 'killed-%' AND node = $1", a.NodeId)).ShouldBeGreaterThan(0);
        (await _publisher.CountAsync("SELECT count(*) FROM probe.inbox WHERE lease_node = $1", a.NodeId)).ShouldBe(0); // A's claims were taken over
    }

    [Fact]
    public async Task A_host_stopped_with_SIGTERM_drains_and_leaves_no_claim_behind_and_another_host_finishes_the_rest()
    {
        var a = await ProbeProcess.StartAsync(_publisher.ConnectionString, Settings);
        await PublishAsync("drained", 500, delayMs: 5);
        await WaitForEffectsAsync("drained-%", 100, TimeSpan.FromSeconds(60), a);

        await a.TerminateAsync(TimeSpan.FromSeconds(30));

        (await _publisher.CountAsync("SELECT count(*) FROM probe.inbox WHERE lease_node = $1", a.NodeId)).ShouldBe(0, a.Output);
        (await _publisher.CountAsync("SELECT count(*) FROM bus.nodes WHERE node_id = $1 AND stopped_at IS NOT NULL", a.NodeId)).ShouldBe(1);
        await using var b = await ProbeProcess.StartAsync(_publisher.ConnectionString, Settings);
        await WaitForEffectsAsync("drained-%", 500, TimeSpan.FromSeconds(60), b);
        await ShouldBeExactlyOnceAsync("drained-%", 500);
        await a.DisposeAsync();
    }

    private async Task PublishAsync(string prefix, int count, int delayMs = 0)
    {
        foreach (var chunk in Enumerable.Range(0, count).Chunk(500))
            await _publisher.PublishAsync(chunk.Select(i => (OpsPlatform.Shared.Kernel.Messaging.IIntegrationEvent)Pinged.New($"{prefix}-{i}", delayMs: delayMs)).ToArray());
    }

    private async Task WaitForEffectsAsync(string keyPattern, long atLeast, TimeSpan timeout, params ProbeProcess[] hosts)
    {
        var watch = System.Diagnostics.Stopwatch.StartNew();
        long done;
        while ((done = await _publisher.CountAsync("SELECT count(*) FROM probe.effects WHERE handler = 'PingRecorder' AND key LIKE $1", keyPattern)) < atLeast)
        {
            watch.Elapsed.ShouldBeLessThan(timeout, $"{done} of {atLeast} handled; host output:\n{string.Join("\n---\n", hosts.Select(h => h.Output))}");
            await Task.Delay(100);
        }
    }

    private async Task ShouldBeExactlyOnceAsync(string keyPattern, long messages)
    {
        (await _publisher.CountAsync("SELECT count(*) FROM probe.effects WHERE handler = 'PingRecorder' AND key LIKE $1", keyPattern)).ShouldBe(messages);
        (await _publisher.CountAsync("SELECT count(DISTINCT key) FROM probe.effects WHERE handler = 'PingRecorder' AND key LIKE $1", keyPattern)).ShouldBe(messages);
        (await _publisher.CountAsync("SELECT count(*) - count(DISTINCT (message_id, handler)) FROM probe.effects WHERE key LIKE $1", keyPattern)).ShouldBe(0);
        (await _publisher.CountAsync("SELECT count(*) FROM probe.inbox WHERE payload->>'key' LIKE $1 AND handler = 'PingRecorder' AND handled_at IS NOT NULL", keyPattern)).ShouldBe(messages);
    }
}
