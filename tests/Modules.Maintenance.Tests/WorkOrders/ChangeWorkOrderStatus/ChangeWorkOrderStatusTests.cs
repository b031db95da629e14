using System.Net;
using System.Text.Json;
using OpsPlatform.Identity.Contracts;

namespace OpsPlatform.Modules.Maintenance.Tests.WorkOrders.ChangeWorkOrderStatus;

public sealed class ChangeWorkOrderStatusTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    [Fact]
    public async Task The_assigned_technician_works_the_order_to_completed_and_each_step_is_timestamped_and_published()
    {
        var crew = await api.CrewAsync();
        var site = Guid.NewGuid();
        var equipment = await crew.Manager.Http.RegisterEquipmentAsync(siteId: site);
        var id = (await crew.Manager.Http.RaiseAsync(MaintenanceApi.NewWorkOrder(equipment))).GetProperty("id").GetGuid();
        await (await crew.Manager.Http.Assign(id, crew.TechnicianId)).ShouldHaveStatus(HttpStatusCode.OK);

        await (await crew.Technician.Http.ChangeStatus(id, "in_progress")).ShouldHaveStatus(HttpStatusCode.OK);
        await (await crew.Technician.Http.ChangeStatus(id, "on_hold", reason: "waiting for a part")).ShouldHaveStatus(HttpStatusCode.OK);
        await (await crew.Technician.Http.ChangeStatus(id, "in_progress")).ShouldHaveStatus(HttpStatusCode.OK);
        var completed = await (await crew.Technician.Http.ChangeStatus(id, "completed", version: 5)).ShouldHaveStatus(HttpStatusCode.OK);

        completed.GetProperty("status").GetString().ShouldBe("completed");
        completed.GetProperty("version").GetInt32().ShouldBe(6);
        completed.GetProperty("startedAt").ValueKind.ShouldBe(JsonValueKind.String);
        completed.GetProperty("completedAt").ValueKind.ShouldBe(JsonValueKind.String);
        (await api.ScalarAsync<long>("SELECT count(*) FROM maintenance.mt_events WHERE stream_id = $1", id)).ShouldBe(6);
        (await api.ScalarAsync<long>("SELECT count(*) FROM maintenance.live_events WHERE message_type = 'maintenance.work-order-status-changed' AND payload->>'workOrderId' = $1", id.ToString()))
            .ShouldBe(5);
        var done = JsonDocument.Parse((await api.ScalarAsync<string>(
            "SELECT payload::text FROM maintenance.live_events WHERE message_type = 'maintenance.work-order-completed' AND payload->>'workOrderId' = $1", id.ToString()))!).RootElement;
        done.GetProperty("siteId").GetGuid().ShouldBe(site);
        done.GetProperty("technicianUserId").GetGuid().ShouldBe(crew.Technician.UserId);
        done.GetProperty("visibleToUserIds").EnumerateArray().Select(e => e.GetGuid()).ShouldBe([crew.Manager.UserId, crew.Technician.UserId]);
    }

    [Fact]
    public async Task An_illegal_transition_is_a_409_naming_the_allowed_ones_and_changes_nothing()
    {
        var crew = await api.CrewAsync();
        var id = (await crew.Manager.Http.RaiseAsync(MaintenanceApi.NewWorkOrder(crew.EquipmentId))).GetProperty("id").GetGuid();

        var problem = await (await crew.Manager.Http.ChangeStatus(id, "completed")).ShouldBeProblem(HttpStatusCode.Conflict);

        problem.GetProperty("allowed").EnumerateArray().Select(e => e.GetString()).ShouldBe(["assigned", "cancelled"]);
        problem.GetProperty("currentStatus").GetString().ShouldBe("open");
        (await api.ScalarAsync<string>("SELECT status FROM maintenance.mt_doc_work_order WHERE id = $1", id)).ShouldBe("Open");
        (await api.ScalarAsync<long>("SELECT count(*) FROM maintenance.live_events WHERE message_type = 'maintenance.work-order-status-changed' AND payload->>'workOrderId' = $1", id.ToString()))
            .ShouldBe(0);
    }

    [Fact]
    public async Task A_stale_version_is_a_409()
    {
        var crew = await api.CrewAsync();
        var id = await crew.AssignedWorkOrderAsync();

        await (await crew.Technician.Http.ChangeStatus(id, "in_progress", version: 1)).ShouldBeProblem(HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task A_manager_approves_a_request_and_closes_completed_work()
    {
        var crew = await api.CrewAsync();
        var member = await api.SignInAsNewUserAsync(Roles.Member);
        var id = (await member.Http.RaiseAsync(MaintenanceApi.NewWorkOrder(crew.EquipmentId))).GetProperty("id").GetGuid();

        await (await crew.Manager.Http.ChangeStatus(id, "open")).ShouldHaveStatus(HttpStatusCode.OK);
        await (await crew.Manager.Http.Assign(id, crew.TechnicianId)).ShouldHaveStatus(HttpStatusCode.OK);
        await (await crew.Manager.Http.ChangeStatus(id, "in_progress")).ShouldHaveStatus(HttpStatusCode.OK);
        await (await crew.Manager.Http.ChangeStatus(id, "completed")).ShouldHaveStatus(HttpStatusCode.OK);
        var closed = await (await crew.Manager.Http.ChangeStatus(id, "closed")).ShouldHaveStatus(HttpStatusCode.OK);

        closed.GetProperty("closedAt").ValueKind.ShouldBe(JsonValueKind.String);
        closed.GetProperty("openedAt").ValueKind.ShouldBe(JsonValueKind.String);
    }

    [Fact]
    public async Task A_technician_changing_a_work_order_not_assigned_to_them_gets_404()
    {
        var crew = await api.CrewAsync();
        var other = await api.SignInAsNewUserAsync(Roles.Technician);
        await crew.Manager.Http.RegisterTechnicianAsync(MaintenanceApi.NewTechnician("Other", other.UserId));
        var id = await crew.AssignedWorkOrderAsync();

        await (await other.Http.ChangeStatus(id, "in_progress")).ShouldBeProblem(HttpStatusCode.NotFound);
        (await api.ScalarAsync<string>("SELECT status FROM maintenance.mt_doc_work_order WHERE id = $1", id)).ShouldBe("Assigned");
    }

    [Theory]
    [InlineData("closed")]
    [InlineData("open")]
    public async Task A_technician_may_not_move_their_work_order_outside_the_working_states(string status)
    {
        var crew = await api.CrewAsync();
        var id = await crew.AssignedWorkOrderAsync();

        await (await crew.Technician.Http.ChangeStatus(id, status)).ShouldBeProblem(HttpStatusCode.UnprocessableEntity, "status");
    }

    [Fact]
    public async Task A_member_may_not_change_a_status_even_on_their_own_request()
    {
        var crew = await api.CrewAsync();
        var member = await api.SignInAsNewUserAsync(Roles.Member);
        var id = (await member.Http.RaiseAsync(MaintenanceApi.NewWorkOrder(crew.EquipmentId))).GetProperty("id").GetGuid();

        await (await member.Http.ChangeStatus(id, "open")).ShouldBeProblem(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Cancelling_through_the_status_needs_a_reason()
    {
        var crew = await api.CrewAsync();
        var id = (await crew.Manager.Http.RaiseAsync(MaintenanceApi.NewWorkOrder(crew.EquipmentId))).GetProperty("id").GetGuid();

        await (await crew.Manager.Http.ChangeStatus(id, "cancelled")).ShouldBeProblem(HttpStatusCode.BadRequest, "reason");
        var cancelled = await (await crew.Manager.Http.ChangeStatus(id, "cancelled", reason: "raised twice")).ShouldHaveStatus(HttpStatusCode.OK);
        cancelled.GetProperty("cancellationReason").GetString().ShouldBe("raised twice");
    }

    [Fact]
    public async Task A_missing_or_unknown_status_is_a_400()
    {
        var crew = await api.CrewAsync();
        var id = await crew.AssignedWorkOrderAsync();

        await (await crew.Manager.Http.ChangeStatus(id, null!)).ShouldBeProblem(HttpStatusCode.BadRequest, "status");
        await (await crew.Manager.Http.ChangeStatus(id, "finished")).ShouldBeProblem(HttpStatusCode.BadRequest, "status");
    }
}
