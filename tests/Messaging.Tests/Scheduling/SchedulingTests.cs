using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OpsPlatform.Messaging.TestHost.Probe;

namespace OpsPlatform.Messaging.Tests.Scheduling;

public sealed class SchedulingTests(BusFactory bus) : IClassFixture<BusFactory>
{
    [Fact]
    public async Task A_message_scheduled_at_the_database_clocks_now_is_delivered_once_to_the_modules_own_handler()
    {
        var now = await bus.DatabaseNowAsync();

        await bus.InProbeAsync(db => db.Schedule(ReminderDue.New("due-now"), now));
        await bus.SettleBusAsync();

        (await bus.EffectsAsync("due-now", nameof(ReminderRecorder))).ShouldBe(1);
        (await bus.CountAsync("SELECT count(*) FROM probe_echo.inbox WHERE payload->>'key' = 'due-now'")).ShouldBe(0);
    }

    [Fact]
    public async Task A_message_scheduled_for_later_is_not_delivered_early()
    {
        var later = (await bus.DatabaseNowAsync()).AddHours(1);

        await bus.InProbeAsync(db => db.Schedule(ReminderDue.New("later"), later));
        await bus.SettleBusAsync();

        (await bus.EffectsAsync("later")).ShouldBe(0);
        (await bus.CountAsync("SELECT count(*) FROM probe.inbox WHERE payload->>'key' = 'later' AND handled_at IS NULL AND attempts = 0 AND due_at = $1", later))
            .ShouldBe(1);
    }

    [Fact]
    public async Task Scheduling_again_with_the_same_business_key_replaces_the_pending_message()
    {
        var now = await bus.DatabaseNowAsync();
        await bus.InProbeAsync(db => db.Schedule(ReminderDue.New("first-plan"), now.AddHours(1), "plan:1"));

        await bus.InProbeAsync(db => db.Schedule(ReminderDue.New("second-plan"), now, "plan:1"));
        await bus.SettleBusAsync();

        (await bus.EffectsAsync("first-plan")).ShouldBe(0);
        (await bus.EffectsAsync("second-plan")).ShouldBe(1);
        (await bus.CountAsync("SELECT count(*) FROM probe.inbox WHERE business_key = 'plan:1'")).ShouldBe(1);
    }

    [Fact]
    public async Task A_business_key_is_unique_among_pending_schedules_and_the_last_schedule_in_a_unit_of_work_wins()
    {
        var later = (await bus.DatabaseNowAsync()).AddDays(1);

        await bus.InProbeAsync(db =>
        {
            db.Schedule(ReminderDue.New("draft-a"), later, "plan:2");
            db.Schedule(ReminderDue.New("draft-b"), later.AddHours(1), "plan:2");
        });

        (await bus.CountAsync("SELECT count(*) FROM probe.inbox WHERE business_key = 'plan:2' AND handled_at IS NULL")).ShouldBe(1);
        (await bus.ScalarAsync<string>("SELECT payload->>'key' FROM probe.inbox WHERE business_key = 'plan:2'")).ShouldBe("draft-b");
    }

    [Fact]
    public async Task Cancelling_a_business_key_removes_its_pending_message()
    {
        var later = (await bus.DatabaseNowAsync()).AddHours(1);
        await bus.InProbeAsync(db => db.Schedule(ReminderDue.New("cancelled"), later, "plan:3"));

        await bus.InProbeAsync(db => db.CancelScheduled("plan:3"));

        (await bus.CountAsync("SELECT count(*) FROM probe.inbox WHERE business_key = 'plan:3'")).ShouldBe(0);
    }

    [Fact]
    public async Task A_schedule_whose_unit_of_work_rolls_back_leaves_nothing()
    {
        var now = await bus.DatabaseNowAsync();
        await using (var scope = bus.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<ProbeDbContext>();
            await using var transaction = await db.Database.BeginTransactionAsync();
            db.Schedule(ReminderDue.New("rolled-back-schedule"), now);
            await db.SaveChangesAsync();
            await transaction.RollbackAsync();
        }

        await bus.SettleBusAsync();

        (await bus.CountAsync("SELECT count(*) FROM probe.inbox WHERE payload->>'key' = 'rolled-back-schedule'")).ShouldBe(0);
        (await bus.EffectsAsync("rolled-back-schedule")).ShouldBe(0);
    }

    [Fact]
    public async Task Scheduling_a_message_the_module_has_no_handler_for_fails_at_once()
    {
        await using var scope = bus.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ProbeDbContext>();

        Should.Throw<InvalidOperationException>(() => db.Schedule(Unheard.New(), DateTimeOffset.UtcNow)).Message.ShouldContain("probe.unheard");
    }

    [Fact]
    public async Task A_message_that_fell_due_while_no_node_ran_is_delivered_once_by_the_first_node_that_starts()
    {
        await using var down = new BusFactory();
        down.WithSetting("Bus:Enabled", "false");
        await down.InitializeAsync();
        var now = await down.DatabaseNowAsync();
        await down.InProbeAsync(db => db.Schedule(ReminderDue.New("while-down"), now.AddMilliseconds(-1)));
        await down.SettleBusAsync(TimeSpan.FromMilliseconds(300)).ShouldThrowAsync<TimeoutException>();

        await using var up = new BusFactory();
        up.UseDatabase(down.ConnectionString);
        await up.InitializeAsync();
        await up.SettleBusAsync();

        (await up.EffectsAsync("while-down")).ShouldBe(1);
    }
}
