using Microsoft.Extensions.DependencyInjection;
using OpsPlatform.Messaging.TestHost.Probe;
using OpsPlatform.Shared.Kernel.Messaging;

namespace OpsPlatform.Messaging.Tests.Delivery;

/// <summary>The bus's parts driven by hand (this host's loops are off), to stage a claim that lost its lease.</summary>
/// <remarks>A database per test (not per class): each stages its own inbox.</remarks>
public sealed class FencingTests : IAsyncLifetime
{
    private readonly StoppedBusFactory _bus = new();

    public Task InitializeAsync() => _bus.InitializeAsync();

    public async Task DisposeAsync() => await _bus.DisposeAsync();

    [Fact]
    public async Task A_claim_whose_lease_was_taken_over_commits_nothing_and_the_new_holder_handles_the_message_once()
    {
        var relay = _bus.Services.GetRequiredService<OutboxRelay>();
        var inbox = _bus.Services.GetRequiredService<InboxStore>();
        var executor = _bus.Services.GetRequiredService<HandlerExecutor>();
        var ping = Pinged.New("fenced");
        await _bus.PublishAsync(ping);
        (await relay.RelayAsync(CancellationToken.None)).ShouldBe(1);

        // Node A's lease is over the moment it is taken, so node B may claim the same rows at once.
        var claimedByA = (await inbox.ClaimAsync(["probe"], 10, "node-a", TimeSpan.FromSeconds(-1), CancellationToken.None)).Single(r => r.Handler == nameof(PingRecorder));
        var claimedByB = (await inbox.ClaimAsync(["probe"], 10, "node-b", TimeSpan.FromMinutes(1), CancellationToken.None)).Single(r => r.Handler == nameof(PingRecorder));

        (await executor.ExecuteAsync(claimedByA, CancellationToken.None)).ShouldBe(HandlerOutcome.LostClaim);
        (await executor.ExecuteAsync(claimedByB, CancellationToken.None)).ShouldBe(HandlerOutcome.Handled);

        (await _bus.EffectsAsync("fenced", nameof(PingRecorder))).ShouldBe(1);
        (await _bus.CountAsync("SELECT count(*) FROM probe.effects WHERE key = 'fenced' AND handler = 'PingRecorder' AND attempt = 2")).ShouldBe(1);
    }

    [Fact]
    public async Task Eight_relays_racing_over_the_same_outbox_rows_relay_each_row_once_with_one_inbox_row_per_message_and_handler()
    {
        var relay = _bus.Services.GetRequiredService<OutboxRelay>();
        var pings = Enumerable.Range(0, 200).Select(i => Pinged.New($"raced-{i}")).ToArray();
        await _bus.PublishAsync(pings);

        var relayed = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Task.Run(() => relay.RelayAsync(CancellationToken.None))));
        relayed.Sum().ShouldBe(200);

        (await _bus.CountAsync("SELECT count(*) FROM probe.outbox WHERE payload->>'key' LIKE 'raced-%' AND relayed_at IS NULL")).ShouldBe(0);
        (await _bus.CountAsync("SELECT count(*) FROM probe.inbox WHERE payload->>'key' LIKE 'raced-%'")).ShouldBe(400);
        (await _bus.CountAsync("SELECT count(*) FROM probe_echo.inbox WHERE payload->>'key' LIKE 'raced-%'")).ShouldBe(200);
    }
}
