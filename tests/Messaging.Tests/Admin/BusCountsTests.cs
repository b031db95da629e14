using System.Net;
using OpsPlatform.Identity.Contracts;

namespace OpsPlatform.Messaging.Tests.Admin;

/// <summary>Exact counts need a bus that does not move: this host's bus is off, and the rows are seeded by hand.</summary>
public sealed class BusCountsTests(StoppedBusFactory bus) : IClassFixture<StoppedBusFactory>
{
    private readonly StoppedBusFactory _bus = bus;

    [Fact]
    public async Task Counts_give_each_handler_its_pending_scheduled_in_flight_retrying_and_dead_lettered_messages()
    {
        await _bus.ScalarAsync<int>("""
            INSERT INTO probe.inbox (message_id, handler, message_type, message_version, payload, source_module, correlation_id, due_at, attempts, lease_node, lease_token, lease_until, handled_at)
            SELECT gen_random_uuid(), 'PingRecorder', 'probe.pinged', 1, '{}', 'probe', gen_random_uuid(), d, a, n, t, u, h
            FROM (VALUES
                (now() - interval '1 minute', 0, NULL, NULL::uuid, NULL::timestamptz, NULL::timestamptz),
                (now() - interval '2 minutes', 0, NULL, NULL, NULL, NULL),
                (now() + interval '1 hour', 0, NULL, NULL, NULL, NULL),
                (now(), 1, 'node-x', gen_random_uuid(), now() + interval '1 minute', NULL),
                (now() + interval '5 seconds', 1, NULL, NULL, NULL, NULL),
                (now() - interval '10 seconds', 1, NULL, NULL, NULL, now() - interval '5 seconds')) AS v(d, a, n, t, u, h);
            INSERT INTO probe.dead_letters (inbox_id, message_id, handler, message_type, message_version, payload, source_module, correlation_id, received_at, attempts, reason, first_failed_at, last_failed_at)
            VALUES (1, gen_random_uuid(), 'PingAuditor', 'probe.pinged', 1, '{}', 'probe', gen_random_uuid(), now(), 3, 'failed after 3 attempt(s)', now(), now());
            INSERT INTO probe.outbox (id, message_type, message_version, payload, source_module, correlation_id, occurred_at, recorded_at, relayed_at, routed_to)
            VALUES (gen_random_uuid(), 'probe.unheard', 1, '{}', 'probe', gen_random_uuid(), now(), now(), now(), 0),
                   (gen_random_uuid(), 'probe.pinged', 1, '{}', 'probe', gen_random_uuid(), now(), now() - interval '30 seconds', NULL, NULL);
            SELECT 1
            """);
        var admin = await _bus.SignInAsNewUserAsync(Roles.Admin);

        var counts = await (await admin.Http.GetAsync("/api/admin/bus/counts")).ShouldHaveStatus(HttpStatusCode.OK);

        var probe = counts.GetProperty("modules").EnumerateArray().Single(m => m.GetProperty("module").GetString() == "probe");
        probe.GetProperty("unrouted").GetInt64().ShouldBe(1);
        probe.GetProperty("unrelayed").GetInt64().ShouldBe(1);
        probe.GetProperty("oldestUnrelayedSeconds").GetDouble().ShouldBeGreaterThanOrEqualTo(29);
        var recorder = probe.GetProperty("handlers").EnumerateArray().Single(h => h.GetProperty("handler").GetString() == "PingRecorder");
        recorder.GetProperty("pending").GetInt64().ShouldBe(2);
        recorder.GetProperty("scheduled").GetInt64().ShouldBe(1);
        recorder.GetProperty("inFlight").GetInt64().ShouldBe(1);
        recorder.GetProperty("retrying").GetInt64().ShouldBe(1);
        recorder.GetProperty("deadLettered").GetInt64().ShouldBe(0);
        recorder.GetProperty("handledLastMinute").GetInt64().ShouldBe(1);
        recorder.GetProperty("oldestPendingSeconds").GetDouble().ShouldBeGreaterThanOrEqualTo(119);
        var auditor = probe.GetProperty("handlers").EnumerateArray().Single(h => h.GetProperty("handler").GetString() == "PingAuditor");
        auditor.GetProperty("deadLettered").GetInt64().ShouldBe(1);
        auditor.GetProperty("pending").GetInt64().ShouldBe(0);
        counts.GetProperty("deadLettered").GetInt64().ShouldBe(1);
    }
}
