using System.Net;
using System.Net.Http.Json;

namespace OpsPlatform.Modules.Janitorial.Tests.Schedules.ScheduleFollowUpCleaning;

/// <summary>Flow 2 across modules, all through HTTP: Maintenance completes a work order at a client site, the bus delivers.</summary>
public sealed class WorkOrderCompletionFlowTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    [Fact]
    public async Task Completing_a_work_order_at_a_client_site_gives_its_technician_one_follow_up_cleaning()
    {
        var crew = await CrewAtSite.CreateAsync(api);
        var technicianId = (await (await crew.Manager.PostAsJsonAsync("/api/maintenance/technicians", new
        {
            name = "Tess Technician",
            userId = crew.Technician.UserId,
            skills = new[] { new { name = "cleaning", level = 3 } },
            weeklyAvailability = new[] { "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday" }
                .Select(day => new { day, from = "00:00:00", to = "23:59:00" }),
            unavailability = Array.Empty<object>(),
        })).ShouldHaveStatus(HttpStatusCode.Created)).GetProperty("id").GetGuid();
        var workOrder = (await (await crew.Manager.PostAsJsonAsync("/api/maintenance/work-orders", new
        {
            title = "Burst pipe in the lobby", description = "Water on the lobby floor.", priority = "high", siteId = crew.SiteId,
        })).ShouldHaveStatus(HttpStatusCode.Created)).GetProperty("id").GetGuid();
        await (await crew.Manager.PostAsJsonAsync($"/api/maintenance/work-orders/{workOrder}/assign", new { technicianId })).ShouldHaveStatus(HttpStatusCode.OK);
        await (await crew.Technician.Http.PostAsJsonAsync($"/api/maintenance/work-orders/{workOrder}/status", new { status = "in_progress" })).ShouldHaveStatus(HttpStatusCode.OK);
        var completed = await (await crew.Technician.Http.PostAsJsonAsync($"/api/maintenance/work-orders/{workOrder}/status", new { status = "completed" }))
            .ShouldHaveStatus(HttpStatusCode.OK);

        await api.SettleBusAsync();

        var followUp = await api.ScalarAsync<Guid>("SELECT id FROM janitorial.mt_doc_cleaning_schedule WHERE source_work_order_id = $1", workOrder);
        var schedule = await (await crew.Technician.Http.GetAsync($"{JanitorialApi.Schedules}/{followUp}")).ShouldHaveStatus(HttpStatusCode.OK);
        schedule.GetProperty("assignedTo").GetGuid().ShouldBe(crew.Technician.UserId);
        schedule.GetProperty("notes").GetString()!.ShouldContain("Burst pipe in the lobby");
        DateOnly.Parse(schedule.GetProperty("serviceDate").GetString()!)
            .ShouldBe(DateOnly.FromDateTime(completed.GetProperty("completedAt").GetDateTimeOffset().UtcDateTime).AddDays(1));
        (await api.ScalarAsync<long>("SELECT count(*) FROM janitorial.mt_doc_cleaning_schedule WHERE source_work_order_id = $1", workOrder)).ShouldBe(1);
    }
}
