using OpsPlatform.Messaging.Tests.Delivery;
using OpsPlatform.Messaging.Tests.Probes;
using OpsPlatform.Messaging.TestHost.Probe;

namespace OpsPlatform.Messaging.Tests.Failures;

/// <summary>R23, R25: retries with backoff, then a dead letter per handler; the other handler of the event is not held back.</summary>
public sealed class FailureTests(ProbeHostFixture fixture) : IClassFixture<ProbeHostFixture>
{
    private readonly InProcessProbe _probe = fixture.Probe;

    [Fact]
    public async Task A_handler_that_fails_twice_then_succeeds_is_handled_on_attempt_three()
    {
        var ping = Pinged.New("flaky", failTimes: 2);

        await _probe.PublishAsync(ping);
        await _probe.SettleAsync();

        (await _probe.CountAsync("SELECT count(*) FROM probe.effects WHERE key = 'flaky' AND handler = 'PingRecorder' AND attempt = 3")).ShouldBe(1);
        (await _probe.EffectsAsync("flaky", nameof(PingRecorder))).ShouldBe(1);
        (await _probe.CountAsync("SELECT count(*) FROM probe.effects WHERE key = 'flaky' AND handler = 'PingAuditor' AND attempt = 1")).ShouldBe(1);
        (await _probe.CountAsync("SELECT count(*) FROM wolverine.wolverine_dead_letters")).ShouldBe(0);
    }

    [Fact]
    public async Task A_handler_that_always_fails_is_dead_lettered_with_its_exception_after_three_attempts_while_the_other_handler_runs_once()
    {
        await _probe.ExecuteAsync("INSERT INTO probe.faults VALUES ('auditor-fails')");

        await _probe.PublishAsync(Pinged.New("auditor-fails"));
        await _probe.SettleAsync();

        (await _probe.EffectsAsync("auditor-fails", nameof(PingRecorder))).ShouldBe(1);
        (await _probe.EffectsAsync("auditor-fails", nameof(PingAuditor))).ShouldBe(0);
        (await _probe.CountAsync("""
            SELECT count(*) FROM wolverine.wolverine_dead_letters
            WHERE message_type = 'probe.pinged' AND received_at LIKE '%pingauditor%'
              AND exception_type = 'OpsPlatform.Messaging.TestHost.Probe.ProbeFailure'
              AND exception_message LIKE 'auditor-fails: the auditor always fails%'
            """)).ShouldBe(1);
        (await _probe.CountAsync("""
            SELECT count(*) FROM wolverine.wolverine_incoming_envelopes
            WHERE message_type = 'probe.pinged' AND received_at LIKE '%pingauditor%' AND status <> 'Handled' AND attempts > 0
            """)).ShouldBe(0);
    }
}
