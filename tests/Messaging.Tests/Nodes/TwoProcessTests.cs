using OpsPlatform.Messaging.Tests.Probes;

namespace OpsPlatform.Messaging.Tests.Nodes;

/// <summary>
/// Real OS processes (tests/Messaging.TestHost) on one database, each publishing its own pings: a durable local
/// queue's envelopes belong to the node that stored them, and go to another node only when that one is gone (R35, R36).
/// </summary>
public sealed class TwoProcessTests : IAsyncLifetime
{
    private string _database = "";

    public async Task InitializeAsync() => _database = await ProbeDatabase.CreateAsync(nameof(TwoProcessTests));

    public Task DisposeAsync()
    {
        Npgsql.NpgsqlConnection.ClearAllPools();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task Two_hosts_handle_5000_messages_each_exactly_once_and_both_do_work()
    {
        await using var a = await ProbeProcess.StartAsync(_database);
        await using var b = await ProbeProcess.StartAsync(_database);

        await a.PublishAsync("many-a", 5000);
        await b.PublishAsync("many-b", 5000);
        await Effects.WaitForAsync(_database, "many-%", 10_000, TimeSpan.FromSeconds(240), a, b);

        await Effects.ShouldBeExactlyOnceAsync(_database, "many-%", 10_000);
        (await Effects.ByNodeAsync(_database, "many-%", a.Node)).ShouldBeGreaterThan(0);
        (await Effects.ByNodeAsync(_database, "many-%", b.Node)).ShouldBeGreaterThan(0);
        a.HasPublished("many-a").ShouldBeTrue(a.Output);
        b.HasPublished("many-b").ShouldBeTrue(b.Output);
    }

    [Fact]
    public async Task Killing_one_host_mid_stream_loses_nothing_and_the_survivor_finishes_its_work_without_a_duplicate_effect()
    {
        await using var a = await ProbeProcess.StartAsync(_database);
        await using var b = await ProbeProcess.StartAsync(_database);

        await a.PublishAsync("killed", 1000, delayMs: 5);
        await ProbeDatabase.WaitUntilAsync(_database, "SELECT count(*) FROM probe.effects WHERE key LIKE 'killed-%'", 200, TimeSpan.FromSeconds(60), () => a.Output);
        // A has stored every envelope before it dies.
        var watch = System.Diagnostics.Stopwatch.StartNew();
        while (!a.HasPublished("killed"))
        {
            watch.Elapsed.ShouldBeLessThan(TimeSpan.FromSeconds(60), a.Output);
            await Task.Delay(20);
        }
        await a.KillAsync();
        var handledBeforeKill = await ProbeDatabase.CountAsync(_database, "SELECT count(*) FROM probe.effects WHERE key LIKE 'killed-%'");

        // B takes A's envelopes over once A's node record is stale (Bus:StaleNodeTimeout, 10 s in Testing).
        await Effects.WaitForAsync(_database, "killed-%", 1000, TimeSpan.FromSeconds(120), b);

        await Effects.ShouldBeExactlyOnceAsync(_database, "killed-%", 1000);
        handledBeforeKill.ShouldBeLessThan(2000, "the kill came mid-stream");
        (await Effects.ByNodeAsync(_database, "killed-%", a.Node)).ShouldBeGreaterThan(0);
        (await Effects.ByNodeAsync(_database, "killed-%", b.Node)).ShouldBeGreaterThan(0);
    }
}
