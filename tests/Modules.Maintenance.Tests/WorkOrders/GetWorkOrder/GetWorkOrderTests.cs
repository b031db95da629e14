using System.Net;
using OpsPlatform.Identity.Contracts;

namespace OpsPlatform.Modules.Maintenance.Tests.WorkOrders.GetWorkOrder;

public sealed class GetWorkOrderTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    [Fact]
    public async Task A_manager_reads_any_work_order()
    {
        var crew = await api.CrewAsync();
        var member = await api.SignInAsNewUserAsync(Roles.Member);
        var id = (await member.Http.RaiseAsync(MaintenanceApi.NewWorkOrder(crew.EquipmentId))).GetProperty("id").GetGuid();

        var body = await (await crew.Manager.Http.GetAsync($"{MaintenanceApi.WorkOrders}/{id}")).ShouldHaveStatus(HttpStatusCode.OK);

        body.GetProperty("requestedBy").GetGuid().ShouldBe(member.UserId);
    }

    [Fact]
    public async Task A_member_reads_their_own_request_but_another_members_is_a_404()
    {
        var crew = await api.CrewAsync();
        var member = await api.SignInAsNewUserAsync(Roles.Member);
        var other = await api.SignInAsNewUserAsync(Roles.Member);
        var id = (await member.Http.RaiseAsync(MaintenanceApi.NewWorkOrder(crew.EquipmentId))).GetProperty("id").GetGuid();

        await (await member.Http.GetAsync($"{MaintenanceApi.WorkOrders}/{id}")).ShouldHaveStatus(HttpStatusCode.OK);
        await (await other.Http.GetAsync($"{MaintenanceApi.WorkOrders}/{id}")).ShouldBeProblem(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_technician_reads_work_orders_assigned_to_them_and_gets_404_for_any_other()
    {
        var crew = await api.CrewAsync();
        var mine = await crew.AssignedWorkOrderAsync();
        var unassigned = (await crew.Manager.Http.RaiseAsync(MaintenanceApi.NewWorkOrder(crew.EquipmentId))).GetProperty("id").GetGuid();
        var otherTechnician = await crew.Manager.Http.RegisterTechnicianAsync(MaintenanceApi.NewTechnician("Other"));
        var theirs = (await crew.Manager.Http.RaiseAsync(MaintenanceApi.NewWorkOrder(crew.EquipmentId))).GetProperty("id").GetGuid();
        await (await crew.Manager.Http.Assign(theirs, otherTechnician)).ShouldHaveStatus(HttpStatusCode.OK);

        await (await crew.Technician.Http.GetAsync($"{MaintenanceApi.WorkOrders}/{mine}")).ShouldHaveStatus(HttpStatusCode.OK);
        await (await crew.Technician.Http.GetAsync($"{MaintenanceApi.WorkOrders}/{unassigned}")).ShouldBeProblem(HttpStatusCode.NotFound);
        await (await crew.Technician.Http.GetAsync($"{MaintenanceApi.WorkOrders}/{theirs}")).ShouldBeProblem(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task An_unknown_id_is_a_404_problem()
    {
        var manager = await api.SignInAsNewUserAsync(Roles.Manager);

        await (await manager.Http.GetAsync($"{MaintenanceApi.WorkOrders}/{Guid.NewGuid()}")).ShouldBeProblem(HttpStatusCode.NotFound);
    }
}
