using System.Net;
using System.Net.Http.Json;

namespace OpsPlatform.Modules.Maintenance.Tests.Technicians.GetTechnicianAgenda;

public sealed class GetTechnicianAgendaTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    private static readonly DateTimeOffset Monday = new(2030, 3, 4, 0, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task The_agenda_lists_bookings_and_due_work_in_the_range()
    {
        var crew = await api.CrewAsync();
        var booked = await crew.AssignedWorkOrderAsync();
        await (await crew.Manager.Http.PostAsJsonAsync($"{MaintenanceApi.WorkOrders}/{booked}/schedule-entries",
            new { technicianId = crew.TechnicianId, startsAt = Monday.AddHours(9), endsAt = Monday.AddHours(12) })).ShouldHaveStatus(HttpStatusCode.Created);
        var due = (await crew.Manager.Http.RaiseAsync(MaintenanceApi.NewWorkOrder(crew.EquipmentId, title: "Due Tuesday", dueAt: Monday.AddDays(1).AddHours(12))))
            .GetProperty("id").GetGuid();
        await (await crew.Manager.Http.Assign(due, crew.TechnicianId)).ShouldHaveStatus(HttpStatusCode.OK);

        var agenda = await (await crew.Technician.Http.GetAsync(Agenda(crew.TechnicianId))).ShouldHaveStatus(HttpStatusCode.OK);

        agenda.GetProperty("bookings").EnumerateArray().Select(b => b.GetProperty("workOrderId").GetGuid()).ShouldBe([booked]);
        agenda.GetProperty("due").EnumerateArray().Select(d => d.GetProperty("title").GetString()).ShouldBe(["Due Tuesday"]);
    }

    [Fact]
    public async Task A_technician_asking_for_a_colleagues_agenda_gets_404()
    {
        var crew = await api.CrewAsync();
        var colleague = await crew.Manager.Http.RegisterTechnicianAsync(MaintenanceApi.NewTechnician("Colleague"));

        await (await crew.Technician.Http.GetAsync(Agenda(colleague))).ShouldBeProblem(HttpStatusCode.NotFound);
        await (await crew.Manager.Http.GetAsync(Agenda(colleague))).ShouldHaveStatus(HttpStatusCode.OK);
    }

    [Fact]
    public async Task A_range_over_62_days_is_a_400()
    {
        var crew = await api.CrewAsync();

        var response = await crew.Manager.Http.GetAsync($"{MaintenanceApi.Technicians}/{crew.TechnicianId}/agenda?from=2030-01-01T00:00:00Z&to=2030-06-01T00:00:00Z");

        await response.ShouldBeProblem(HttpStatusCode.BadRequest, "to");
    }

    private static string Agenda(Guid technician) =>
        $"{MaintenanceApi.Technicians}/{technician}/agenda?from={Uri.EscapeDataString(Monday.ToString("O"))}&to={Uri.EscapeDataString(Monday.AddDays(7).ToString("O"))}";
}
