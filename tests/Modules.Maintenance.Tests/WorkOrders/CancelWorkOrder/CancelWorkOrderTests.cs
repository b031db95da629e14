using System.Net;
using System.Net.Http.Json;

namespace OpsPlatform.Modules.Maintenance.Tests.WorkOrders.CancelWorkOrder;

public sealed class CancelWorkOrderTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    [Fact]
    public async Task A_manager_cancels_work_in_progress_with_a_reason()
    {
        var crew = await api.CrewAsync();
        var id = await crew.AssignedWorkOrderAsync();
        await (await crew.Technician.Http.ChangeStatus(id, "in_progress")).ShouldHaveStatus(HttpStatusCode.OK);

        var body = await (await crew.Manager.Http.PostAsJsonAsync($"{MaintenanceApi.WorkOrders}/{id}/cancel", new { reason = "Equipment replaced", version = 3 }))
            .ShouldHaveStatus(HttpStatusCode.OK);

        body.GetProperty("status").GetString().ShouldBe("cancelled");
        body.GetProperty("cancellationReason").GetString().ShouldBe("Equipment replaced");
        var history = await (await crew.Manager.Http.GetAsync($"{MaintenanceApi.WorkOrders}/{id}/transitions")).ShouldHaveStatus(HttpStatusCode.OK);
        history.EnumerateArray().Last().GetProperty("note").GetString().ShouldBe("Equipment replaced");
    }

    [Fact]
    public async Task Cancelling_without_a_reason_is_a_400()
    {
        var crew = await api.CrewAsync();
        var id = await crew.AssignedWorkOrderAsync();

        await (await crew.Manager.Http.PostAsJsonAsync($"{MaintenanceApi.WorkOrders}/{id}/cancel", new { reason = " " })).ShouldBeProblem(HttpStatusCode.BadRequest, "reason");
    }

    [Fact]
    public async Task A_completed_work_order_cannot_be_cancelled()
    {
        var crew = await api.CrewAsync();
        var id = await crew.AssignedWorkOrderAsync();
        await (await crew.Technician.Http.ChangeStatus(id, "in_progress")).ShouldHaveStatus(HttpStatusCode.OK);
        await (await crew.Technician.Http.ChangeStatus(id, "completed")).ShouldHaveStatus(HttpStatusCode.OK);

        var problem = await (await crew.Manager.Http.PostAsJsonAsync($"{MaintenanceApi.WorkOrders}/{id}/cancel", new { reason = "too late" }))
            .ShouldBeProblem(HttpStatusCode.Conflict);

        problem.GetProperty("allowed").EnumerateArray().Select(e => e.GetString()).ShouldBe(["closed"]);
    }

    [Fact]
    public async Task A_technician_may_not_cancel()
    {
        var crew = await api.CrewAsync();
        var id = await crew.AssignedWorkOrderAsync();

        await (await crew.Technician.Http.PostAsJsonAsync($"{MaintenanceApi.WorkOrders}/{id}/cancel", new { reason = "no" })).ShouldBeProblem(HttpStatusCode.Forbidden);
    }
}
