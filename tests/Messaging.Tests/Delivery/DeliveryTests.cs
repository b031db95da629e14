using Microsoft.Extensions.DependencyInjection;
using OpsPlatform.Messaging.Tests.Probes;
using OpsPlatform.Messaging.TestHost.Probe;
using OpsPlatform.Shared.Kernel.Bus;

namespace OpsPlatform.Messaging.Tests.Delivery;

public sealed class ProbeHostFixture : IAsyncLifetime
{
    public InProcessProbe Probe { get; private set; } = null!;

    public async Task InitializeAsync() => Probe = await InProcessProbe.StartAsync(await ProbeDatabase.CreateAsync("probe"));

    public async Task DisposeAsync() => await Probe.DisposeAsync();
}

/// <summary>R11, R16, R18: a committed event reaches each handler once, on its own durable queue; a rolled-back one reaches none.</summary>
public sealed class DeliveryTests(ProbeHostFixture fixture) : IClassFixture<ProbeHostFixture>
{
    private readonly InProcessProbe _probe = fixture.Probe;

    [Fact]
    public async Task A_committed_event_reaches_each_of_its_two_handlers_once_each_on_its_own_queue()
    {
        var ping = Pinged.New("fan-out");

        await _probe.PublishAsync(ping);
        await _probe.SettleAsync();

        (await _probe.EffectsAsync("fan-out", nameof(PingRecorder))).ShouldBe(1);
        (await _probe.EffectsAsync("fan-out", nameof(PingAuditor))).ShouldBe(1);
        (await _probe.CountAsync("""
            SELECT count(DISTINCT received_at) FROM wolverine.wolverine_incoming_envelopes
            WHERE status = 'Handled' AND message_type = 'probe.pinged' AND id IN (SELECT message_id FROM probe.effects WHERE key = 'fan-out')
            """)).ShouldBe(2);
        (await _probe.CountAsync("SELECT count(*) FROM probe.live_events WHERE id = $1", ping.EventId)).ShouldBe(1);
    }

    [Fact]
    public async Task An_event_whose_unit_of_work_rolls_back_leaves_no_envelope_no_live_event_and_no_effect()
    {
        var ping = Pinged.New("rolled-back");
        var before = await _probe.CountAsync("SELECT count(*) FROM wolverine.wolverine_incoming_envelopes");
        await using (var scope = _probe.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<ProbeSession>();
            db.Publish(ping);
            db.Documents.QueueSqlCommand("SELECT 1 / 0"); // the unit of work fails at its commit
            await Should.ThrowAsync<Exception>(() => db.SaveChangesAsync(CancellationToken.None));
        }
        // A committed ping published after it is handled: had the rolled-back one been sent, it would be handled by now too.
        await _probe.PublishAsync(Pinged.New("after-rollback"));
        await _probe.SettleAsync();

        (await _probe.EffectsAsync("after-rollback", nameof(PingRecorder))).ShouldBe(1);
        (await _probe.CountAsync("SELECT count(*) FROM probe.effects WHERE key = 'rolled-back'")).ShouldBe(0);
        (await _probe.CountAsync("SELECT count(*) FROM probe.live_events WHERE id = $1", ping.EventId)).ShouldBe(0);
        (await _probe.CountAsync("SELECT count(*) FROM wolverine.wolverine_incoming_envelopes")).ShouldBe(before + 2);
    }

    [Fact]
    public async Task Handlers_of_a_three_deep_cascade_all_ran_once_when_the_bus_has_settled()
    {
        await _probe.PublishAsync(Pinged.New("cascade", cascade: 3));
        await _probe.SettleAsync();

        foreach (var key in new[] { "cascade", "cascade/2", "cascade/1", "cascade/0" })
            (await _probe.EffectsAsync(key, nameof(PingRecorder))).ShouldBe(1, key);
    }

    [Fact]
    public async Task Send_without_any_handler_fails_when_it_is_called()
    {
        await using var scope = _probe.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ProbeSession>();
        var unheard = Unheard.New();

        var error = Should.Throw<InvalidOperationException>(() => db.Send(unheard));

        error.Message.ShouldContain(nameof(Unheard));
        await db.SaveChangesAsync(CancellationToken.None);
        (await _probe.CountAsync("SELECT count(*) FROM probe.live_events WHERE id = $1", unheard.EventId)).ShouldBe(0, "nothing was recorded");
    }

    [Fact]
    public async Task An_event_no_handler_subscribes_to_goes_live_but_stores_no_envelope()
    {
        var unheard = Unheard.New();

        await _probe.PublishAsync(unheard);

        (await _probe.CountAsync("SELECT count(*) FROM probe.live_events WHERE id = $1", unheard.EventId)).ShouldBe(1);
        (await _probe.CountAsync("SELECT count(*) FROM wolverine.wolverine_incoming_envelopes WHERE message_type = 'probe.unheard'")).ShouldBe(0);
    }

    [Fact]
    public async Task A_stored_envelope_carries_the_wire_name_not_the_CLR_type()
    {
        var ping = Pinged.New("wire-name");

        await _probe.PublishAsync(ping);
        await _probe.SettleAsync();

        (await _probe.CountAsync("""
            SELECT count(*) FROM wolverine.wolverine_incoming_envelopes
            WHERE id IN (SELECT message_id FROM probe.effects WHERE key = 'wire-name') AND message_type = 'probe.pinged'
            """)).ShouldBe(2);
        (await _probe.CountAsync("SELECT count(*) FROM wolverine.wolverine_incoming_envelopes WHERE message_type LIKE '%Pinged%'")).ShouldBe(0);
    }
}

/// <summary>An event no handler subscribes to.</summary>
[IntegrationEvent("probe.unheard", 1)]
public sealed record Unheard(Guid EventId, DateTimeOffset OccurredAt) : IIntegrationEvent
{
    public static Unheard New() => new(Guid.NewGuid(), DateTimeOffset.UtcNow);
}
