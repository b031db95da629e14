using System.Net;
using Microsoft.Extensions.DependencyInjection;
using OpsPlatform.Modules.Janitorial.Schedules.ScheduleFollowUpCleaning;
using OpsPlatform.Modules.Maintenance.Contracts;
using OpsPlatform.Identity.Contracts;

namespace OpsPlatform.Modules.Janitorial.Tests.Schedules.ScheduleFollowUpCleaning;

public sealed class WorkOrderCompletedHandlerTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    private static readonly DateTimeOffset CompletedAt = new(2026, 11, 10, 15, 0, 0, TimeSpan.Zero);

    private static WorkOrderCompleted Completed(Guid? siteId, Guid? workOrderId = null) =>
        new(Guid.CreateVersion7(), CompletedAt, workOrderId ?? Guid.CreateVersion7(), "Replace lobby light", null, siteId, null, CompletedAt, []);

    /// <summary>
    /// Delivers the event to this module's handler alone, in a scope of its own, as its queue would (IT assets handles
    /// the same event on its own queue, so the bus cannot invoke one of the two inline).
    /// </summary>
    private async Task Deliver(WorkOrderCompleted message)
    {
        await using var scope = api.Services.CreateAsyncScope();
        await ActivatorUtilities.CreateInstance<WorkOrderCompletedHandler>(scope.ServiceProvider).Handle(message, CancellationToken.None);
    }

    private Task<long> FollowUps(Guid workOrderId) =>
        api.ScalarAsync<long>("SELECT count(*) FROM janitorial.mt_doc_cleaning_schedule WHERE source_work_order_id = $1", workOrderId);

    [Fact]
    public async Task A_completed_work_order_at_a_site_plans_one_follow_up_for_its_first_technician_the_next_morning_even_when_delivered_twice()
    {
        var crew = await CrewAtSite.CreateAsync(api);
        await crew.AddMemberAsync(api, Roles.Technician);
        var message = Completed(crew.SiteId);

        await Deliver(message);
        await Deliver(message);

        (await FollowUps(message.WorkOrderId)).ShouldBe(1);
        var schedule = await (await crew.Manager.GetAsync($"{JanitorialApi.Schedules}?siteId={crew.SiteId}")).ShouldHaveStatus(HttpStatusCode.OK);
        var only = schedule.Items().ShouldHaveSingleItem();
        only.GetProperty("assignedTo").GetGuid().ShouldBe(crew.Technician.UserId);
        only.GetProperty("serviceDate").GetString().ShouldBe("2026-11-11");
        only.GetProperty("startTime").GetString().ShouldBe("08:00:00");
        (await api.ScalarAsync<long>("SELECT count(*) FROM janitorial.live_events WHERE message_type = 'janitorial.cleaning-scheduled' AND payload->>'sourceWorkOrderId' = $1",
            message.WorkOrderId.ToString())).ShouldBe(1);
    }

    [Fact]
    public async Task A_booked_morning_moves_the_follow_up_to_the_next_free_slot()
    {
        var crew = await CrewAtSite.CreateAsync(api);
        await crew.Manager.NewScheduleId(crew.SiteId, crew.Technician.UserId, "2026-11-11", "07:00", "09:00");
        var message = Completed(crew.SiteId);

        await Deliver(message);

        (await api.ScalarAsync<string>("SELECT start_time::text FROM janitorial.mt_doc_cleaning_schedule WHERE source_work_order_id = $1", message.WorkOrderId)).ShouldBe("10:00:00");
    }

    [Fact]
    public async Task Work_orders_without_one_of_our_active_sites_or_a_technician_there_plan_nothing()
    {
        var manager = (await api.SignInAsNewUserAsync(Roles.Manager)).Http;
        var noCrew = await manager.NewSiteId();
        var messages = new[] { Completed(null), Completed(Guid.NewGuid()), Completed(noCrew) };

        foreach (var message in messages) await Deliver(message);

        foreach (var message in messages) (await FollowUps(message.WorkOrderId)).ShouldBe(0);
    }
}
