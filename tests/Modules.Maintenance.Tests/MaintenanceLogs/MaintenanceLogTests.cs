using System.Net;
using System.Net.Http.Json;
using OpsPlatform.Identity.Contracts;

namespace OpsPlatform.Modules.Maintenance.Tests.MaintenanceLogs;

/// <summary>Adding, listing and correcting work notes (AddMaintenanceLog, ListMaintenanceLogs, CorrectMaintenanceLog).</summary>
public sealed class MaintenanceLogTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    [Fact]
    public async Task The_assigned_technician_appends_logs_and_the_requester_reads_them_newest_first()
    {
        var crew = await api.CrewAsync();
        var member = await api.SignInAsNewUserAsync(Roles.Member);
        var id = (await member.Http.RaiseAsync(MaintenanceApi.NewWorkOrder(crew.EquipmentId))).GetProperty("id").GetGuid();
        await (await crew.Manager.Http.Assign(id, crew.TechnicianId)).ShouldHaveStatus(HttpStatusCode.OK);

        var first = await (await crew.Technician.Http.PostAsJsonAsync(Logs(id), new { entry = "Replaced the belt", minutesSpent = 45 })).ShouldHaveStatus(HttpStatusCode.Created);
        await (await crew.Technician.Http.PostAsJsonAsync(Logs(id), new { entry = "Tested the unit", minutesSpent = 15 })).ShouldHaveStatus(HttpStatusCode.Created);

        first.GetProperty("loggedBy").GetGuid().ShouldBe(crew.Technician.UserId);
        var list = await (await member.Http.GetAsync(Logs(id))).ShouldHaveStatus(HttpStatusCode.OK);
        list.GetProperty("items").EnumerateArray().Select(l => l.GetProperty("entry").GetString()).ShouldBe(["Tested the unit", "Replaced the belt"]);
    }

    [Fact]
    public async Task A_technician_cannot_log_on_or_read_the_logs_of_someone_elses_work_order()
    {
        var crew = await api.CrewAsync();
        var other = await api.SignInAsNewUserAsync(Roles.Technician);
        await crew.Manager.Http.RegisterTechnicianAsync(MaintenanceApi.NewTechnician("Other", other.UserId));
        var id = await crew.AssignedWorkOrderAsync();

        await (await other.Http.PostAsJsonAsync(Logs(id), new { entry = "x", minutesSpent = 1 })).ShouldBeProblem(HttpStatusCode.NotFound);
        await (await other.Http.GetAsync(Logs(id))).ShouldBeProblem(HttpStatusCode.NotFound);
        (await api.ScalarAsync<long>("SELECT count(*) FROM maintenance.mt_doc_maintenance_log WHERE work_order_id = $1", id)).ShouldBe(0);
    }

    [Fact]
    public async Task Logs_are_append_only_for_technicians_but_a_manager_may_correct_one()
    {
        var crew = await api.CrewAsync();
        var id = await crew.AssignedWorkOrderAsync();
        var log = (await (await crew.Technician.Http.PostAsJsonAsync(Logs(id), new { entry = "Replaced teh belt", minutesSpent = 45 })).ShouldHaveStatus(HttpStatusCode.Created))
            .GetProperty("id").GetGuid();

        await (await crew.Technician.Http.PutAsJsonAsync($"{Logs(id)}/{log}", new { entry = "Did nothing", minutesSpent = 0, version = 1 })).ShouldBeProblem(HttpStatusCode.Forbidden);
        var corrected = await (await crew.Manager.Http.PutAsJsonAsync($"{Logs(id)}/{log}", new { entry = "Replaced the belt", minutesSpent = 40, version = 1 }))
            .ShouldHaveStatus(HttpStatusCode.OK);

        corrected.GetProperty("entry").GetString().ShouldBe("Replaced the belt");
        corrected.GetProperty("version").GetInt32().ShouldBe(2);
    }

    [Fact]
    public async Task A_member_may_not_add_logs_even_to_their_own_request()
    {
        var crew = await api.CrewAsync();
        var member = await api.SignInAsNewUserAsync(Roles.Member);
        var id = (await member.Http.RaiseAsync(MaintenanceApi.NewWorkOrder(crew.EquipmentId))).GetProperty("id").GetGuid();

        await (await member.Http.PostAsJsonAsync(Logs(id), new { entry = "x", minutesSpent = 1 })).ShouldBeProblem(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Bad_logs_are_named_in_a_400_and_a_closed_work_order_takes_no_logs()
    {
        var crew = await api.CrewAsync();
        var id = await crew.AssignedWorkOrderAsync();

        await (await crew.Technician.Http.PostAsJsonAsync(Logs(id), new { entry = "", minutesSpent = -5 })).ShouldBeProblem(HttpStatusCode.BadRequest, "entry", "minutesSpent");
        await (await crew.Manager.Http.ChangeStatus(id, "cancelled", reason: "duplicate")).ShouldHaveStatus(HttpStatusCode.OK);
        await (await crew.Manager.Http.PostAsJsonAsync(Logs(id), new { entry = "late note", minutesSpent = 5 })).ShouldBeProblem(HttpStatusCode.UnprocessableEntity);
    }

    private static string Logs(Guid workOrder) => $"{MaintenanceApi.WorkOrders}/{workOrder}/logs";
}
