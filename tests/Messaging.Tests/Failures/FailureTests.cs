using OpsPlatform.Messaging.TestHost.Probe;

namespace OpsPlatform.Messaging.Tests.Failures;

public sealed class FailureTests(BusFactory bus) : IClassFixture<BusFactory>
{
    [Fact]
    public async Task A_handler_that_fails_twice_then_succeeds_is_handled_on_attempt_three_with_backoff_between_attempts()
    {
        var ping = Pinged.New("flaky", failTimes: 2);

        await bus.PublishAsync(ping);
        await bus.SettleBusAsync();

        (await bus.CountAsync("SELECT count(*) FROM probe.effects WHERE key = 'flaky' AND handler = 'PingRecorder' AND attempt = 3")).ShouldBe(1);
        (await bus.CountAsync("""
            SELECT count(*) FROM probe.inbox
            WHERE message_id = $1 AND handler = 'PingRecorder' AND attempts = 3 AND handled_at IS NOT NULL
              AND last_failed_at - first_failed_at >= interval '20 milliseconds' AND last_error LIKE '%ProbeFailure%'
            """, ping.EventId)).ShouldBe(1);
    }

    [Fact]
    public async Task A_handler_that_always_fails_is_dead_lettered_with_its_reason_while_the_other_handler_runs_once()
    {
        var ping = Pinged.New("auditor-fails");
        await bus.ScalarAsync<int>("INSERT INTO probe.faults VALUES ('auditor-fails')");

        await bus.PublishAsync(ping);
        await bus.SettleBusAsync();

        (await bus.EffectsAsync("auditor-fails", nameof(PingRecorder))).ShouldBe(1);
        (await bus.EffectsAsync("auditor-fails", nameof(PingAuditor))).ShouldBe(0);
        (await bus.CountAsync("SELECT count(*) FROM probe.inbox WHERE message_id = $1 AND handler = 'PingAuditor'", ping.EventId)).ShouldBe(0);
        (await bus.CountAsync("""
            SELECT count(*) FROM probe.dead_letters
            WHERE message_id = $1 AND handler = 'PingAuditor' AND attempts = 3
              AND exception_type = 'OpsPlatform.Messaging.TestHost.Probe.ProbeFailure'
              AND exception_message LIKE '%always fails%' AND stack_trace LIKE '%PingAuditor.Handle%'
              AND reason LIKE 'failed after 3 attempt(s)%' AND last_failed_at >= first_failed_at
            """, ping.EventId)).ShouldBe(1);
    }

    [Fact]
    public async Task Poison_rows_are_dead_lettered_at_once_and_the_rest_of_the_batch_is_handled()
    {
        var good = Enumerable.Range(0, 10).Select(i => Pinged.New($"batch-{i}")).ToArray();
        await bus.ScalarAsync<int>("""
            INSERT INTO probe.inbox (message_id, handler, message_type, message_version, payload, source_module, correlation_id)
            VALUES (gen_random_uuid(), 'PingRecorder', 'probe.no-such-type', 1, '{}', 'probe', gen_random_uuid()),
                   (gen_random_uuid(), 'PingRecorder', 'probe.pinged', 1, '"not a ping"', 'probe', gen_random_uuid()),
                   (gen_random_uuid(), 'NoSuchHandler', 'probe.pinged', 1, '{}', 'probe', gen_random_uuid())
            """);

        await bus.PublishAsync(good);
        await bus.SettleBusAsync();

        (await bus.CountAsync("SELECT count(*) FROM probe.effects WHERE key LIKE 'batch-%' AND handler = 'PingRecorder'")).ShouldBe(10);
        (await bus.CountAsync("SELECT count(*) FROM probe.dead_letters WHERE reason LIKE 'poison:%' AND attempts = 1")).ShouldBe(3);
        (await bus.ScalarAsync<string>("SELECT reason FROM probe.dead_letters WHERE message_type = 'probe.no-such-type'")).ShouldNotBeNull().ShouldContain("no handler");
        (await bus.ScalarAsync<string>("SELECT reason FROM probe.dead_letters WHERE payload = '\"not a ping\"'")).ShouldNotBeNull().ShouldContain("unreadable payload");
    }
}
