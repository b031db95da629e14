using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace OpsPlatform.Modules.Maintenance.Tests.WorkOrders.ReopenWorkOrder;

public sealed class ReopenWorkOrderTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    [Fact]
    public async Task A_completed_work_order_reopens_to_its_technician()
    {
        var crew = await api.CrewAsync();
        var id = await crew.AssignedWorkOrderAsync();
        await (await crew.Technician.Http.ChangeStatus(id, "in_progress")).ShouldHaveStatus(HttpStatusCode.OK);
        await (await crew.Technician.Http.ChangeStatus(id, "completed")).ShouldHaveStatus(HttpStatusCode.OK);

        var body = await (await crew.Manager.Http.PostAsJsonAsync($"{MaintenanceApi.WorkOrders}/{id}/reopen", new { reason = "Still leaking" }))
            .ShouldHaveStatus(HttpStatusCode.OK);

        body.GetProperty("status").GetString().ShouldBe("assigned");
        body.GetProperty("completedAt").ValueKind.ShouldBe(JsonValueKind.Null);
        body.GetProperty("reopenedAt").ValueKind.ShouldBe(JsonValueKind.String);
        await (await crew.Technician.Http.ChangeStatus(id, "in_progress")).ShouldHaveStatus(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Only_a_completed_work_order_reopens()
    {
        var crew = await api.CrewAsync();
        var id = await crew.AssignedWorkOrderAsync();

        var problem = await (await crew.Manager.Http.PostAsJsonAsync($"{MaintenanceApi.WorkOrders}/{id}/reopen", new { })).ShouldBeProblem(HttpStatusCode.Conflict);

        problem.GetProperty("currentStatus").GetString().ShouldBe("assigned");
    }

    [Fact]
    public async Task A_technician_may_not_reopen()
    {
        var crew = await api.CrewAsync();
        var id = await crew.AssignedWorkOrderAsync();

        await (await crew.Technician.Http.PostAsJsonAsync($"{MaintenanceApi.WorkOrders}/{id}/reopen", new { })).ShouldBeProblem(HttpStatusCode.Forbidden);
    }
}
