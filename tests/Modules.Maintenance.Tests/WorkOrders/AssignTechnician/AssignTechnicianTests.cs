using System.Net;
using System.Text.Json;
using OpsPlatform.Identity.Contracts;

namespace OpsPlatform.Modules.Maintenance.Tests.WorkOrders.AssignTechnician;

public sealed class AssignTechnicianTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    [Fact]
    public async Task Assigning_an_open_work_order_makes_it_assigned_and_publishes_the_assignment()
    {
        var crew = await api.CrewAsync();
        var id = (await crew.Manager.Http.RaiseAsync(MaintenanceApi.NewWorkOrder(crew.EquipmentId, requiredSkills: ["hvac"]))).GetProperty("id").GetGuid();

        var body = await (await crew.Manager.Http.Assign(id, crew.TechnicianId)).ShouldHaveStatus(HttpStatusCode.OK);

        body.GetProperty("status").GetString().ShouldBe("assigned");
        body.GetProperty("technicianId").GetGuid().ShouldBe(crew.TechnicianId);
        body.GetProperty("assignmentOverriddenBy").ValueKind.ShouldBe(JsonValueKind.Null);
        var assigned = JsonDocument.Parse((await api.ScalarAsync<string>(
            "SELECT payload::text FROM maintenance.live_events WHERE message_type = 'maintenance.work-order-assigned' AND payload->>'workOrderId' = $1", id.ToString()))!).RootElement;
        assigned.GetProperty("technicianUserId").GetGuid().ShouldBe(crew.Technician.UserId);
        assigned.GetProperty("visibleToUserIds").EnumerateArray().Select(e => e.GetGuid()).ShouldContain(crew.Technician.UserId);
    }

    [Fact]
    public async Task A_technician_without_a_required_skill_is_refused_with_the_reason()
    {
        var crew = await api.CrewAsync();
        var id = (await crew.Manager.Http.RaiseAsync(MaintenanceApi.NewWorkOrder(crew.EquipmentId, requiredSkills: ["welding"]))).GetProperty("id").GetGuid();

        var problem = await (await crew.Manager.Http.Assign(id, crew.TechnicianId)).ShouldBeProblem(HttpStatusCode.UnprocessableEntity, "technicianId");

        problem.GetProperty("detail").GetString()!.ShouldContain("welding");
        (await api.ScalarAsync<string>("SELECT status FROM maintenance.mt_doc_work_order WHERE id = $1", id)).ShouldBe("Open");
    }

    [Fact]
    public async Task A_manager_override_assigns_anyway_and_records_who_overrode()
    {
        var crew = await api.CrewAsync();
        var id = (await crew.Manager.Http.RaiseAsync(MaintenanceApi.NewWorkOrder(crew.EquipmentId, requiredSkills: ["welding"]))).GetProperty("id").GetGuid();

        var body = await (await crew.Manager.Http.Assign(id, crew.TechnicianId, @override: true)).ShouldHaveStatus(HttpStatusCode.OK);

        body.GetProperty("assignmentOverriddenBy").GetGuid().ShouldBe(crew.Manager.UserId);
        var history = await (await crew.Manager.Http.GetAsync($"{MaintenanceApi.WorkOrders}/{id}/transitions")).ShouldHaveStatus(HttpStatusCode.OK);
        history.EnumerateArray().Single(t => t.GetProperty("toStatus").GetString() == "assigned").GetProperty("note").GetString()!.ShouldContain("welding");
    }

    [Fact]
    public async Task An_unknown_technician_is_a_422_and_a_finished_work_order_a_409()
    {
        var crew = await api.CrewAsync();
        var id = (await crew.Manager.Http.RaiseAsync(MaintenanceApi.NewWorkOrder(crew.EquipmentId))).GetProperty("id").GetGuid();

        await (await crew.Manager.Http.Assign(id, Guid.NewGuid())).ShouldBeProblem(HttpStatusCode.UnprocessableEntity, "technicianId");
        await (await crew.Manager.Http.ChangeStatus(id, "cancelled", reason: "not needed")).ShouldHaveStatus(HttpStatusCode.OK);
        await (await crew.Manager.Http.Assign(id, crew.TechnicianId)).ShouldBeProblem(HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task A_technician_may_not_assign_work()
    {
        var crew = await api.CrewAsync();
        var id = (await crew.Manager.Http.RaiseAsync(MaintenanceApi.NewWorkOrder(crew.EquipmentId))).GetProperty("id").GetGuid();

        await (await crew.Technician.Http.Assign(id, crew.TechnicianId)).ShouldBeProblem(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Relinking_a_technician_to_another_account_moves_the_visibility_of_their_work_orders()
    {
        var crew = await api.CrewAsync();
        var id = await crew.AssignedWorkOrderAsync();
        var successor = await api.SignInAsNewUserAsync(Roles.Technician);
        var technician = await (await crew.Manager.Http.GetAsync($"{MaintenanceApi.Technicians}/{crew.TechnicianId}")).ShouldHaveStatus(HttpStatusCode.OK);

        await (await crew.Manager.Http.PutAsync($"{MaintenanceApi.Technicians}/{crew.TechnicianId}", System.Net.Http.Json.JsonContent.Create(new
        {
            name = "Alex Fixer", userId = successor.UserId, active = true, skills = technician.GetProperty("skills"),
            weeklyAvailability = technician.GetProperty("weeklyAvailability"), unavailability = Array.Empty<object>(), version = 1,
        }))).ShouldHaveStatus(HttpStatusCode.OK);

        await (await successor.Http.GetAsync($"{MaintenanceApi.WorkOrders}/{id}")).ShouldHaveStatus(HttpStatusCode.OK);
        await (await crew.Technician.Http.GetAsync($"{MaintenanceApi.WorkOrders}/{id}")).ShouldBeProblem(HttpStatusCode.NotFound);
    }
}
