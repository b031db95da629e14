using System.Net;
using System.Net.Http.Json;

namespace OpsPlatform.Modules.Maintenance.Tests.WorkOrders.UpdateWorkOrder;

public sealed class UpdateWorkOrderTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    [Fact]
    public async Task A_manager_changes_the_details_with_the_current_version()
    {
        var crew = await api.CrewAsync();
        var id = (await crew.Manager.Http.RaiseAsync(MaintenanceApi.NewWorkOrder(crew.EquipmentId))).GetProperty("id").GetGuid();
        var due = new DateTimeOffset(2031, 1, 1, 12, 0, 0, TimeSpan.Zero);

        var body = await (await crew.Manager.Http.PutAsJsonAsync($"{MaintenanceApi.WorkOrders}/{id}",
            new { title = "Replace fan belt", description = "Belt worn", priority = "high", dueAt = due, requiredSkills = new[] { "mechanical" }, version = 1 }))
            .ShouldHaveStatus(HttpStatusCode.OK);

        body.GetProperty("title").GetString().ShouldBe("Replace fan belt");
        body.GetProperty("priority").GetString().ShouldBe("high");
        body.GetProperty("dueAt").GetDateTimeOffset().ShouldBe(due);
        body.GetProperty("version").GetInt32().ShouldBe(2);
        (await (await crew.Manager.Http.GetAsync($"{MaintenanceApi.WorkOrders}?q=belt%20worn")).ShouldHaveStatus(HttpStatusCode.OK))
            .GetProperty("items").EnumerateArray().Select(w => w.GetProperty("id").GetGuid()).ShouldContain(id, "the search text follows the change");
    }

    [Fact]
    public async Task A_stale_version_is_a_409_and_a_missing_one_a_400()
    {
        var crew = await api.CrewAsync();
        var id = await crew.AssignedWorkOrderAsync();

        await (await crew.Manager.Http.PutAsJsonAsync($"{MaintenanceApi.WorkOrders}/{id}", new { title = "x", description = "y", priority = "low", version = 1 }))
            .ShouldBeProblem(HttpStatusCode.Conflict);
        await (await crew.Manager.Http.PutAsJsonAsync($"{MaintenanceApi.WorkOrders}/{id}", new { title = "x", description = "y", priority = "low" }))
            .ShouldBeProblem(HttpStatusCode.BadRequest, "version");
    }

    [Fact]
    public async Task A_technician_may_not_change_the_details()
    {
        var crew = await api.CrewAsync();
        var id = await crew.AssignedWorkOrderAsync();

        await (await crew.Technician.Http.PutAsJsonAsync($"{MaintenanceApi.WorkOrders}/{id}", new { title = "x", description = "y", priority = "low", version = 2 }))
            .ShouldBeProblem(HttpStatusCode.Forbidden);
    }
}
