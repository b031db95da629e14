using OpsPlatform.Messaging.TestHost.Probe;
using OpsPlatform.Shared.Kernel.Messaging;

namespace OpsPlatform.Messaging.Tests.Delivery;

/// <summary>
/// Rows of one handler claimed together run in one transaction (rows updated by one transaction share its xmin), and
/// a failing row in such a batch costs its neighbours nothing: they are handled once, on their first attempt.
/// </summary>
public sealed class BatchTests(BusFactory bus) : IClassFixture<BusFactory>
{
    [Fact]
    public async Task Rows_of_one_handler_claimed_together_commit_together_and_each_is_handled_once()
    {
        await bus.PublishAsync(Enumerable.Range(0, 40).Select(i => (IIntegrationEvent)Pinged.New($"batched-{i}")).ToArray());
        await bus.SettleBusAsync();

        (await bus.CountAsync("SELECT count(*) FROM probe.effects WHERE key LIKE 'batched-%' AND handler = 'PingRecorder'")).ShouldBe(40);
        (await bus.CountAsync("SELECT count(DISTINCT key) FROM probe.effects WHERE key LIKE 'batched-%' AND handler = 'PingRecorder'")).ShouldBe(40);
        var transactions = await bus.CountAsync(
            "SELECT count(DISTINCT xmin::text) FROM probe.inbox WHERE payload->>'key' LIKE 'batched-%' AND handler = 'PingRecorder' AND handled_at IS NOT NULL");
        transactions.ShouldBeLessThan(40);
    }

    [Fact]
    public async Task A_failing_row_in_a_batch_is_retried_alone_and_its_neighbours_are_handled_once_on_their_first_attempt()
    {
        await bus.PublishAsync(Enumerable.Range(0, 40).Select(i => (IIntegrationEvent)Pinged.New($"neighbour-{i}", failTimes: i == 7 ? 1 : 0)).ToArray());
        await bus.SettleBusAsync();

        (await bus.CountAsync("SELECT count(*) FROM probe.effects WHERE key LIKE 'neighbour-%' AND handler = 'PingRecorder'")).ShouldBe(40);
        (await bus.CountAsync("SELECT count(*) FROM probe.effects WHERE key LIKE 'neighbour-%' AND handler = 'PingRecorder' AND attempt = 1")).ShouldBe(39);
        (await bus.CountAsync("SELECT count(*) FROM probe.effects WHERE key = 'neighbour-7' AND handler = 'PingRecorder' AND attempt = 2")).ShouldBe(1);
        (await bus.CountAsync("SELECT count(*) FROM probe.inbox WHERE payload->>'key' LIKE 'neighbour-%' AND handler = 'PingRecorder' AND attempts = 1 AND handled_at IS NOT NULL")).ShouldBe(39);
    }
}
