using System.Net;
using System.Net.Http.Json;
using OpsPlatform.Identity.Contracts;

namespace OpsPlatform.Modules.Maintenance.Tests.Equipment.GetEquipmentHistory;

public sealed class GetEquipmentHistoryTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    [Fact]
    public async Task The_history_lists_the_work_orders_and_their_logs_newest_first()
    {
        var crew = await api.CrewAsync();
        var first = (await crew.Manager.Http.RaiseAsync(MaintenanceApi.NewWorkOrder(crew.EquipmentId, title: "First"))).GetProperty("id").GetGuid();
        await (await crew.Manager.Http.Assign(first, crew.TechnicianId)).ShouldHaveStatus(HttpStatusCode.OK);
        await (await crew.Technician.Http.PostAsJsonAsync($"{MaintenanceApi.WorkOrders}/{first}/logs", new { entry = "Cleaned the coil", minutesSpent = 30 }))
            .ShouldHaveStatus(HttpStatusCode.Created);
        await crew.Manager.Http.RaiseAsync(MaintenanceApi.NewWorkOrder(crew.EquipmentId, title: "Second"));
        await crew.Manager.Http.RaiseAsync(MaintenanceApi.NewWorkOrder(await crew.Manager.Http.RegisterEquipmentAsync(), title: "Elsewhere"));

        var history = await (await crew.Manager.Http.GetAsync($"/api/maintenance/equipment/{crew.EquipmentId}/history")).ShouldHaveStatus(HttpStatusCode.OK);

        history.ShouldListExactly(3);
        history.GetProperty("items").EnumerateArray().Select(e => (e.GetProperty("kind").GetString(), e.GetProperty("title").GetString()))
            .ShouldBe([("work_order", "Second"), ("log", "First"), ("work_order", "First")]);
        history.GetProperty("items")[1].GetProperty("entry").GetString().ShouldBe("Cleaned the coil");
    }

    [Fact]
    public async Task A_technician_sees_only_the_history_of_the_work_given_to_them()
    {
        var crew = await api.CrewAsync();
        await crew.AssignedWorkOrderAsync();
        await crew.Manager.Http.RaiseAsync(MaintenanceApi.NewWorkOrder(crew.EquipmentId, title: "Not theirs"));

        var history = await (await crew.Technician.Http.GetAsync($"/api/maintenance/equipment/{crew.EquipmentId}/history")).ShouldHaveStatus(HttpStatusCode.OK);

        history.ShouldListExactly(1);
    }

    [Fact]
    public async Task Unknown_equipment_is_a_404()
    {
        var manager = await api.SignInAsNewUserAsync(Roles.Manager);

        await (await manager.Http.GetAsync($"/api/maintenance/equipment/{Guid.NewGuid()}/history")).ShouldBeProblem(HttpStatusCode.NotFound);
    }
}
