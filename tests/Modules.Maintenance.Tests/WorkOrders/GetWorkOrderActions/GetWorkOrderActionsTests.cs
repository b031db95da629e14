using System.Net;
using System.Text.Json;
using OpsPlatform.Identity.Contracts;

namespace OpsPlatform.Modules.Maintenance.Tests.WorkOrders.GetWorkOrderActions;

public sealed class GetWorkOrderActionsTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    private static string[] Statuses(JsonElement actions) => actions.GetProperty("statuses").EnumerateArray().Select(e => e.GetString()!).ToArray();

    [Fact]
    public async Task A_manager_is_offered_every_move_the_workflow_allows_from_here()
    {
        var crew = await api.CrewAsync();
        var id = (await crew.Manager.Http.RaiseAsync(MaintenanceApi.NewWorkOrder(crew.EquipmentId))).GetProperty("id").GetGuid();

        var actions = await (await crew.Manager.Http.GetAsync($"/api/maintenance/work-orders/{id}/actions")).ShouldHaveStatus(HttpStatusCode.OK);

        actions.GetProperty("status").GetString().ShouldBe("open");
        Statuses(actions).ShouldBeEmpty("'assigned' needs a technician first (assign), and cancelling is its own action");
        actions.GetProperty("canAssign").GetBoolean().ShouldBeTrue();
        actions.GetProperty("canCancel").GetBoolean().ShouldBeTrue();
        actions.GetProperty("canReopen").GetBoolean().ShouldBeFalse();
    }

    [Fact]
    public async Task The_assigned_technician_is_offered_only_their_own_moves_and_each_one_is_accepted()
    {
        var crew = await api.CrewAsync();
        var id = await crew.AssignedWorkOrderAsync();

        var assigned = await (await crew.Technician.Http.GetAsync($"/api/maintenance/work-orders/{id}/actions")).ShouldHaveStatus(HttpStatusCode.OK);
        Statuses(assigned).ShouldBe(["in_progress"]);
        assigned.GetProperty("canCancel").GetBoolean().ShouldBeFalse();
        assigned.GetProperty("canAssign").GetBoolean().ShouldBeFalse();
        assigned.GetProperty("canLog").GetBoolean().ShouldBeTrue();
        await (await crew.Technician.Http.ChangeStatus(id, "in_progress")).ShouldHaveStatus(HttpStatusCode.OK);

        var started = await (await crew.Technician.Http.GetAsync($"/api/maintenance/work-orders/{id}/actions")).ShouldHaveStatus(HttpStatusCode.OK);
        Statuses(started).ShouldBe(["on_hold", "completed"]);
        await (await crew.Technician.Http.ChangeStatus(id, "completed")).ShouldHaveStatus(HttpStatusCode.OK);

        var completed = await (await crew.Technician.Http.GetAsync($"/api/maintenance/work-orders/{id}/actions")).ShouldHaveStatus(HttpStatusCode.OK);
        Statuses(completed).ShouldBeEmpty("closing is for managers");
        completed.GetProperty("canReopen").GetBoolean().ShouldBeFalse();
    }

    [Fact]
    public async Task A_requester_who_may_not_work_on_it_is_offered_nothing_and_another_user_gets_404()
    {
        var crew = await api.CrewAsync();
        var member = await api.SignInAsNewUserAsync(Roles.Member);
        var stranger = await api.SignInAsNewUserAsync(Roles.Technician);
        var id = (await member.Http.RaiseAsync(MaintenanceApi.NewWorkOrder(crew.EquipmentId))).GetProperty("id").GetGuid();

        var actions = await (await member.Http.GetAsync($"/api/maintenance/work-orders/{id}/actions")).ShouldHaveStatus(HttpStatusCode.OK);
        Statuses(actions).ShouldBeEmpty();
        actions.GetProperty("canLog").GetBoolean().ShouldBeFalse();
        await (await stranger.Http.GetAsync($"/api/maintenance/work-orders/{id}/actions")).ShouldBeProblem(HttpStatusCode.NotFound);
    }
}
