using OpsPlatform.Messaging.Tests.Echo;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OpsPlatform.Messaging.TestHost.Probe;
using OpsPlatform.Shared.Kernel.Messaging;

namespace OpsPlatform.Messaging.Tests.Delivery;

public sealed class DeliveryTests(BusFactory bus) : IClassFixture<BusFactory>
{
    [Fact]
    public async Task A_published_event_gets_one_inbox_row_per_subscribing_handler_in_the_subscribers_schema_and_each_handles_it_once()
    {
        var ping = Pinged.New("fan-out");

        await bus.PublishAsync(ping);
        await bus.SettleBusAsync();

        (await bus.CountAsync("SELECT count(*) FROM probe.inbox WHERE message_id = $1 AND handled_at IS NOT NULL", ping.EventId)).ShouldBe(2);
        (await bus.CountAsync("SELECT count(*) FROM probe_echo.inbox WHERE message_id = $1 AND handled_at IS NOT NULL", ping.EventId)).ShouldBe(1);
        (await bus.EffectsAsync("fan-out", nameof(PingRecorder))).ShouldBe(1);
        (await bus.EffectsAsync("fan-out", nameof(PingAuditor))).ShouldBe(1);
        (await bus.CountAsync("SELECT count(*) FROM probe_echo.effects WHERE key = 'fan-out'")).ShouldBe(1);
        (await bus.CountAsync("SELECT routed_to::bigint FROM probe.outbox WHERE id = $1", ping.EventId)).ShouldBe(3);
    }

    [Fact]
    public async Task An_event_no_handler_subscribes_to_is_relayed_and_counted_unrouted()
    {
        var unheard = Unheard.New();

        await bus.PublishAsync(unheard);
        await bus.SettleBusAsync();

        (await bus.CountAsync("SELECT routed_to::bigint FROM probe.outbox WHERE id = $1 AND relayed_at IS NOT NULL", unheard.EventId)).ShouldBe(0);
        var counts = await bus.Services.GetRequiredService<BusMonitor>().CountsAsync(CancellationToken.None);
        counts.Single(m => m.Module == "probe").Unrouted.ShouldBeGreaterThanOrEqualTo(1);
    }

    [Fact]
    public async Task Send_without_any_subscriber_fails_when_it_is_called()
    {
        await using var scope = bus.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ProbeDbContext>();

        var error = Should.Throw<InvalidOperationException>(() => db.Send(Unheard.New()));

        error.Message.ShouldContain("probe.unheard v1");
        db.ChangeTracker.HasChanges().ShouldBeFalse();
    }

    [Fact]
    public async Task An_event_whose_unit_of_work_rolls_back_leaves_no_message_and_no_effect()
    {
        var ping = Pinged.New("rolled-back");
        await using (var scope = bus.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<ProbeDbContext>();
            await using var transaction = await db.Database.BeginTransactionAsync();
            db.Publish(ping);
            await db.SaveChangesAsync();
            await transaction.RollbackAsync();
        }

        await bus.SettleBusAsync();

        (await bus.CountAsync("SELECT count(*) FROM probe.outbox WHERE id = $1", ping.EventId)).ShouldBe(0);
        (await bus.EffectsAsync("rolled-back")).ShouldBe(0);
    }

    [Fact]
    public async Task A_committed_event_is_found_by_its_subscriber_with_the_publishers_ids()
    {
        var ping = Pinged.New("ids");

        await bus.PublishAsync(ping);
        await bus.SettleBusAsync();

        (await bus.CountAsync("SELECT count(*) FROM probe_echo.inbox WHERE message_id = $1 AND source_module = 'probe' AND correlation_id = $1", ping.EventId))
            .ShouldBe(1);
    }

    [Fact]
    public async Task Handlers_of_a_three_deep_cascade_all_ran_when_the_bus_has_settled()
    {
        var ping = Pinged.New("cascade", cascade: 3);

        await bus.PublishAsync(ping);
        await bus.SettleBusAsync();

        (await bus.ScalarAsync<string>("SELECT string_agg(reason || ' ' || coalesce(exception_message, ''), '; ') FROM probe.dead_letters WHERE payload->>'key' LIKE 'cascade%'"))
            .ShouldBeNull();
        foreach (var key in new[] { "cascade", "cascade/2", "cascade/1", "cascade/0" })
            (await bus.EffectsAsync(key, nameof(PingRecorder))).ShouldBe(1, key);
    }

    [Fact]
    public async Task Events_a_handler_publishes_carry_the_correlation_of_the_first_and_the_id_of_their_cause()
    {
        var ping = Pinged.New("chain", cascade: 2);

        await bus.PublishAsync(ping);
        await bus.SettleBusAsync();

        var child = await bus.ScalarAsync<Guid>("SELECT id FROM probe.outbox WHERE payload->>'key' = 'chain/1'");
        (await bus.CountAsync("SELECT count(*) FROM probe.outbox WHERE id = $1 AND correlation_id = $2 AND causation_id = $2", child, ping.EventId)).ShouldBe(1);
        (await bus.CountAsync("SELECT count(*) FROM probe.outbox WHERE payload->>'key' = 'chain/0' AND correlation_id = $1 AND causation_id = $2", ping.EventId, child))
            .ShouldBe(1);
    }

    [Fact]
    public async Task A_handler_that_saves_through_another_modules_DbContext_is_refused_and_commits_nothing()
    {
        var ping = Pinged.New("touch-probe");

        await bus.PublishAsync(ping);
        await bus.SettleBusAsync();

        (await bus.EffectsAsync("touch-probe", nameof(PingEchoer))).ShouldBe(0);
        (await bus.CountAsync("SELECT count(*) FROM probe_echo.effects WHERE key = 'touch-probe'")).ShouldBe(0);
        (await bus.ScalarAsync<string>("SELECT exception_message FROM probe_echo.dead_letters WHERE message_id = $1", ping.EventId))
            .ShouldNotBeNull().ShouldContain("commits to its own module only");
    }

    [Fact]
    public async Task A_stored_message_is_matched_by_its_wire_name_not_its_CLR_type()
    {
        var ping = Pinged.New("wire-name");

        await bus.PublishAsync(ping);
        await bus.SettleBusAsync();

        (await bus.ScalarAsync<string>("SELECT message_type || ' v' || message_version FROM probe.outbox WHERE id = $1", ping.EventId)).ShouldBe("probe.pinged v1");
        (await bus.CountAsync("SELECT count(*) FROM probe.outbox WHERE id = $1 AND payload::text LIKE '%Pinged%'", ping.EventId)).ShouldBe(0);
    }
}
