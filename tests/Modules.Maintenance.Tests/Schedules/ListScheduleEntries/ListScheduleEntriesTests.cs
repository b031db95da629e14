using System.Net;
using System.Net.Http.Json;
using OpsPlatform.Identity.Contracts;

namespace OpsPlatform.Modules.Maintenance.Tests.Schedules.ListScheduleEntries;

public sealed class ListScheduleEntriesTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    private static readonly DateTimeOffset Monday = new(2030, 3, 4, 0, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task A_technician_sees_their_own_bookings_only_and_a_manager_sees_all_in_a_range()
    {
        var crew = await api.CrewAsync();
        var colleague = await crew.Manager.Http.RegisterTechnicianAsync(MaintenanceApi.NewTechnician("Colleague"));
        var workOrder = await crew.AssignedWorkOrderAsync();
        foreach (var (technician, day) in new[] { (crew.TechnicianId, 0), (crew.TechnicianId, 1), (colleague, 0) })
            await (await crew.Manager.Http.PostAsJsonAsync($"{MaintenanceApi.WorkOrders}/{workOrder}/schedule-entries",
                new { technicianId = technician, startsAt = Monday.AddDays(day).AddHours(9), endsAt = Monday.AddDays(day).AddHours(10) })).ShouldHaveStatus(HttpStatusCode.Created);
        var range = $"from={Uri.EscapeDataString(Monday.ToString("O"))}&to={Uri.EscapeDataString(Monday.AddDays(1).ToString("O"))}";

        var mine = await (await crew.Technician.Http.GetAsync($"/api/maintenance/schedule-entries?{range}")).ShouldHaveStatus(HttpStatusCode.OK);
        var all = await (await crew.Manager.Http.GetAsync($"/api/maintenance/schedule-entries?{range}")).ShouldHaveStatus(HttpStatusCode.OK);
        var snooping = await (await crew.Technician.Http.GetAsync($"/api/maintenance/schedule-entries?technicianId={colleague}")).ShouldHaveStatus(HttpStatusCode.OK);

        mine.ShouldListExactly(1);
        all.ShouldListExactly(2);
        snooping.ShouldListExactly(0);
    }

    [Fact]
    public async Task A_manager_removes_a_booking()
    {
        var crew = await api.CrewAsync();
        var workOrder = await crew.AssignedWorkOrderAsync();
        var entry = (await (await crew.Manager.Http.PostAsJsonAsync($"{MaintenanceApi.WorkOrders}/{workOrder}/schedule-entries",
            new { technicianId = crew.TechnicianId, startsAt = Monday.AddHours(13), endsAt = Monday.AddHours(14) })).ShouldHaveStatus(HttpStatusCode.Created)).GetProperty("id").GetGuid();

        await (await crew.Technician.Http.DeleteAsync($"/api/maintenance/schedule-entries/{entry}")).ShouldBeProblem(HttpStatusCode.Forbidden);
        await (await crew.Manager.Http.DeleteAsync($"/api/maintenance/schedule-entries/{entry}")).ShouldHaveStatus(HttpStatusCode.NoContent);
        await (await crew.Manager.Http.DeleteAsync($"/api/maintenance/schedule-entries/{entry}")).ShouldBeProblem(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_member_may_not_list_bookings()
    {
        var member = await api.SignInAsNewUserAsync(Roles.Member);

        await (await member.Http.GetAsync("/api/maintenance/schedule-entries")).ShouldBeProblem(HttpStatusCode.Forbidden);
    }
}
