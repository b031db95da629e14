using System.Net;
using System.Net.Http.Json;

namespace OpsPlatform.Modules.Maintenance.Tests.WorkOrders.DeleteWorkOrder;

public sealed class DeleteWorkOrderTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    [Fact]
    public async Task A_manager_deletes_a_work_order_without_logs_with_its_history()
    {
        var crew = await api.CrewAsync();
        var id = await crew.AssignedWorkOrderAsync();

        await (await crew.Manager.Http.DeleteAsync($"{MaintenanceApi.WorkOrders}/{id}")).ShouldHaveStatus(HttpStatusCode.NoContent);

        await (await crew.Manager.Http.GetAsync($"{MaintenanceApi.WorkOrders}/{id}")).ShouldBeProblem(HttpStatusCode.NotFound);
        await (await crew.Manager.Http.GetAsync($"{MaintenanceApi.WorkOrders}/{id}/transitions")).ShouldBeProblem(HttpStatusCode.NotFound);
        (await api.ScalarAsync<bool>("SELECT bool_and(is_archived) FROM maintenance.mt_events WHERE stream_id = $1", id)).ShouldBeTrue("its stream is archived, not extended");
    }

    [Fact]
    public async Task Deleting_a_work_order_that_has_logs_is_refused_so_it_is_cancelled_instead()
    {
        var crew = await api.CrewAsync();
        var id = await crew.AssignedWorkOrderAsync();
        await (await crew.Technician.Http.PostAsJsonAsync($"{MaintenanceApi.WorkOrders}/{id}/logs", new { entry = "Inspected", minutesSpent = 10 })).ShouldHaveStatus(HttpStatusCode.Created);

        var problem = await (await crew.Manager.Http.DeleteAsync($"{MaintenanceApi.WorkOrders}/{id}")).ShouldBeProblem(HttpStatusCode.UnprocessableEntity);

        problem.GetProperty("detail").GetString()!.ShouldContain("cancel");
        (await api.ScalarAsync<long>("SELECT count(*) FROM maintenance.mt_doc_work_order WHERE id = $1", id)).ShouldBe(1);
    }

    [Fact]
    public async Task A_technician_may_not_delete_and_a_stale_version_is_a_409()
    {
        var crew = await api.CrewAsync();
        var id = await crew.AssignedWorkOrderAsync();

        await (await crew.Technician.Http.DeleteAsync($"{MaintenanceApi.WorkOrders}/{id}")).ShouldBeProblem(HttpStatusCode.Forbidden);
        await (await crew.Manager.Http.DeleteAsync($"{MaintenanceApi.WorkOrders}/{id}?version=1")).ShouldBeProblem(HttpStatusCode.Conflict);
    }
}
