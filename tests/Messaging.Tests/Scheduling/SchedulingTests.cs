using Microsoft.Extensions.DependencyInjection;
using OpsPlatform.Messaging.Tests.Delivery;
using OpsPlatform.Messaging.Tests.Probes;
using OpsPlatform.Messaging.TestHost.Probe;

namespace OpsPlatform.Messaging.Tests.Scheduling;

/// <summary>R31, R32, R33: durable scheduled messages, atomic with the unit of work, keyed by business key.</summary>
public sealed class SchedulingTests(ProbeHostFixture fixture) : IClassFixture<ProbeHostFixture>
{
    private readonly InProcessProbe _probe = fixture.Probe;

    private Task<long> RemindersAsync(string key) => _probe.EffectsAsync(key, nameof(ReminderRecorder));

    private Task WaitForReminderAsync(string key) =>
        ProbeDatabase.WaitUntilAsync(_probe.ConnectionString, $"SELECT count(*) FROM probe.effects WHERE key = '{key}'", 1, TimeSpan.FromSeconds(20));

    [Fact]
    public async Task A_scheduled_message_is_delivered_once_and_not_before_its_due_time()
    {
        var dueAt = DateTimeOffset.UtcNow.AddSeconds(2);

        await _probe.InProbeAsync(db => db.Schedule(new ReminderDue("due"), dueAt));
        await Task.Delay(TimeSpan.FromSeconds(1));
        (await RemindersAsync("due")).ShouldBe(0);
        await WaitForReminderAsync("due");
        await Task.Delay(TimeSpan.FromSeconds(1));

        (await RemindersAsync("due")).ShouldBe(1);
        (await _probe.CountAsync("SELECT count(*) FROM probe.effects WHERE key = 'due' AND recorded_at >= $1", dueAt)).ShouldBe(1);
    }

    [Fact]
    public async Task A_schedule_whose_unit_of_work_rolls_back_leaves_nothing()
    {
        await using (var scope = _probe.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<ProbeSession>();
            db.Schedule(new ReminderDue("rolled-back"), DateTimeOffset.UtcNow, "key-rolled-back");
            db.Documents.QueueSqlCommand("SELECT 1 / 0"); // the unit of work fails at its commit
            await Should.ThrowAsync<Exception>(() => db.SaveChangesAsync(CancellationToken.None));
        }
        await _probe.InProbeAsync(db => db.Schedule(new ReminderDue("committed"), DateTimeOffset.UtcNow));
        await WaitForReminderAsync("committed");

        (await RemindersAsync("rolled-back")).ShouldBe(0);
        (await _probe.CountAsync("SELECT count(*) FROM probe.scheduled_keys WHERE key = 'key-rolled-back'")).ShouldBe(0);
    }

    [Fact]
    public async Task Scheduling_the_same_business_key_again_replaces_the_pending_message()
    {
        await _probe.InProbeAsync(db => db.Schedule(new ReminderDue("replaced-first"), DateTimeOffset.UtcNow.AddSeconds(1), "plan-1"));
        await _probe.InProbeAsync(db => db.Schedule(new ReminderDue("replaced-second"), DateTimeOffset.UtcNow.AddSeconds(1), "plan-1"));
        await WaitForReminderAsync("replaced-second");
        await Task.Delay(TimeSpan.FromSeconds(1.5));

        (await RemindersAsync("replaced-first")).ShouldBe(0);
        (await RemindersAsync("replaced-second")).ShouldBe(1);
    }

    [Fact]
    public async Task Cancelling_a_business_key_removes_its_pending_message()
    {
        await _probe.InProbeAsync(db => db.Schedule(new ReminderDue("cancelled"), DateTimeOffset.UtcNow.AddSeconds(1), "plan-2"));
        (await _probe.CountAsync("SELECT count(*) FROM wolverine.wolverine_incoming_envelopes WHERE status = 'Scheduled' AND message_type LIKE '%ReminderDue%'"))
            .ShouldBe(1);
        await _probe.InProbeAsync(db => db.CancelScheduled("plan-2"));
        await _probe.InProbeAsync(db => db.Schedule(new ReminderDue("not-cancelled"), DateTimeOffset.UtcNow.AddSeconds(1.5)));
        await WaitForReminderAsync("not-cancelled");

        (await RemindersAsync("cancelled")).ShouldBe(0);
        (await _probe.CountAsync("SELECT count(*) FROM wolverine.wolverine_incoming_envelopes WHERE status = 'Scheduled' AND message_type LIKE '%ReminderDue%'"))
            .ShouldBe(0);
    }
}

/// <summary>R33: a message that fell due while no node ran is delivered by the first node that starts.</summary>
public sealed class DueWhileDownTests
{
    [Fact]
    public async Task A_message_that_fell_due_while_no_node_ran_is_delivered_by_the_first_node_that_starts()
    {
        var database = await ProbeDatabase.CreateAsync(nameof(DueWhileDownTests));
        var first = await InProcessProbe.StartAsync(database);
        await first.InProbeAsync(db => db.Schedule(new ReminderDue("while-down"), DateTimeOffset.UtcNow.AddSeconds(2)));
        await first.DisposeAsync();
        await Task.Delay(TimeSpan.FromSeconds(3));
        (await ProbeDatabase.CountAsync(database, "SELECT count(*) FROM probe.effects WHERE key = 'while-down'")).ShouldBe(0);

        await using var second = await InProcessProbe.StartAsync(database);
        await ProbeDatabase.WaitUntilAsync(database, "SELECT count(*) FROM probe.effects WHERE key = 'while-down'", 1, TimeSpan.FromSeconds(30));

        (await ProbeDatabase.CountAsync(database, "SELECT count(*) FROM probe.effects WHERE key = 'while-down' AND node = $1", second.Node)).ShouldBe(1);
    }
}
