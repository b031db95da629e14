using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Wolverine;
using OpsPlatform.Modules.Maintenance.Contracts;

namespace OpsPlatform.Modules.Janitorial.Tests.Schedules.ScheduleFollowUpCleaning;

public sealed class FollowUpCleaningFlowTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    /// <summary>Publishes what Maintenance would publish, on the host's bus.</summary>
    private async Task PublishAsync(WorkOrderCompleted message)
    {
        await using var scope = api.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<IMessageBus>().PublishAsync(message);
    }

    [Fact]
    public async Task A_work_order_completed_at_a_site_arrives_over_the_bus_once_and_the_crew_member_sees_the_follow_up()
    {
        var crew = await CrewAtSite.CreateAsync(api);
        var completedAt = new DateTimeOffset(2030, 3, 4, 16, 0, 0, TimeSpan.Zero);
        var message = new WorkOrderCompleted(Guid.CreateVersion7(), completedAt, Guid.CreateVersion7(), "Fix lobby door", null, crew.SiteId, null, completedAt, []);

        await PublishAsync(message);
        await PublishAsync(message with { EventId = Guid.CreateVersion7() }); // published again: a new message, the same work order
        await api.SettleBusAsync();

        var mine = await (await crew.Technician.Http.GetAsync($"{JanitorialApi.Schedules}?from=2030-03-05&to=2030-03-05")).ShouldHaveStatus(HttpStatusCode.OK);
        var followUp = mine.Items().ShouldHaveSingleItem();
        followUp.GetProperty("startTime").GetString().ShouldBe("08:00:00");
        (await api.ScalarAsync<long>("SELECT count(*) FROM janitorial.mt_doc_cleaning_schedule WHERE source_work_order_id = $1", message.WorkOrderId)).ShouldBe(1);
    }
}
