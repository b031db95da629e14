using System.Net;
using System.Net.Http.Json;

namespace OpsPlatform.Modules.Maintenance.Tests.WorkOrders.SuggestTechnicians;

public sealed class SuggestTechniciansTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    private static readonly DateTimeOffset Monday = new(2030, 3, 4, 0, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task Technicians_are_ranked_by_required_skills_then_level_then_free_hours_that_week()
    {
        var crew = await api.CrewAsync(); // hvac 4, electrical 2
        var expert = await crew.Manager.Http.RegisterTechnicianAsync(MaintenanceApi.NewTechnician("Expert", skills: [new { name = "hvac", level = 5 }, new { name = "electrical", level = 5 }]));
        var busyTwin = await crew.Manager.Http.RegisterTechnicianAsync(MaintenanceApi.NewTechnician("Busy twin", skills: [new { name = "hvac", level = 4 }, new { name = "electrical", level = 2 }]));
        var plumber = await crew.Manager.Http.RegisterTechnicianAsync(MaintenanceApi.NewTechnician("Plumber", skills: [new { name = "plumbing", level = 5 }]));
        var workOrder = (await crew.Manager.Http.RaiseAsync(MaintenanceApi.NewWorkOrder(crew.EquipmentId, requiredSkills: ["hvac", "electrical"]))).GetProperty("id").GetGuid();
        await (await crew.Manager.Http.PostAsJsonAsync($"{MaintenanceApi.WorkOrders}/{workOrder}/schedule-entries",
            new { technicianId = busyTwin, startsAt = Monday.AddHours(9), endsAt = Monday.AddHours(17) })).ShouldHaveStatus(HttpStatusCode.Created);

        var suggestions = await (await crew.Manager.Http.GetAsync($"{MaintenanceApi.WorkOrders}/{workOrder}/suggested-technicians?weekOf=2030-03-06"))
            .ShouldHaveStatus(HttpStatusCode.OK);

        Guid[] ours = [expert, crew.TechnicianId, busyTwin, plumber];
        suggestions.EnumerateArray().Select(s => s.GetProperty("technicianId").GetGuid()).Where(ours.Contains).ShouldBe(ours);
        var twin = suggestions.EnumerateArray().Single(s => s.GetProperty("technicianId").GetGuid() == busyTwin);
        twin.GetProperty("workingHours").GetDouble().ShouldBe(40);
        twin.GetProperty("bookedHours").GetDouble().ShouldBe(8);
        twin.GetProperty("freeHours").GetDouble().ShouldBe(32);
        suggestions.EnumerateArray().Last().GetProperty("missingSkills").GetArrayLength().ShouldBe(2);
    }

    [Fact]
    public async Task Suggestions_are_for_managers()
    {
        var crew = await api.CrewAsync();
        var workOrder = await crew.AssignedWorkOrderAsync();

        await (await crew.Technician.Http.GetAsync($"{MaintenanceApi.WorkOrders}/{workOrder}/suggested-technicians")).ShouldBeProblem(HttpStatusCode.Forbidden);
    }
}
