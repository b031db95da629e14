using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using OpsPlatform.Identity.Contracts;

namespace OpsPlatform.Modules.Maintenance.Tests.Equipment;

public sealed class RegisterEquipmentTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    [Fact]
    public async Task A_manager_registers_equipment_and_it_is_stored_operational()
    {
        var manager = await api.SignInAsNewUserAsync(Roles.Manager);

        var response = await manager.Http.Register(EquipmentApi.NewEquipment("SN-REG-1"));

        var body = await response.ShouldHaveStatus(HttpStatusCode.Created);
        var id = body.GetProperty("id").GetGuid();
        response.Headers.Location!.ToString().ShouldBe($"/api/maintenance/equipment/{id}");
        body.GetProperty("status").GetString().ShouldBe("operational");
        body.GetProperty("version").GetInt32().ShouldBe(1);
        (await api.ScalarAsync<string>("SELECT serial_number FROM maintenance.mt_doc_equipment WHERE id = $1", id)).ShouldBe("SN-REG-1");
    }

    [Fact]
    public async Task A_duplicate_serial_number_is_a_409_naming_the_field_and_stores_nothing()
    {
        var manager = await api.SignInAsNewUserAsync(Roles.Manager);
        await (await manager.Http.Register(EquipmentApi.NewEquipment("SN-DUP"))).ShouldHaveStatus(HttpStatusCode.Created);

        var response = await manager.Http.Register(EquipmentApi.NewEquipment("SN-DUP"));

        await response.ShouldBeProblem(HttpStatusCode.Conflict, "serialNumber");
        (await api.ScalarAsync<long>("SELECT count(*) FROM maintenance.mt_doc_equipment WHERE serial_number = 'SN-DUP'")).ShouldBe(1);
    }

    [Fact]
    public async Task Missing_fields_are_each_named_in_a_400()
    {
        var manager = await api.SignInAsNewUserAsync(Roles.Manager);

        var response = await manager.Http.PostAsJsonAsync(EquipmentApi.Route, new { name = "Boiler" });

        await response.ShouldBeProblem(HttpStatusCode.BadRequest, "type", "serialNumber", "location");
    }

    [Fact]
    public async Task A_technician_may_not_register_equipment()
    {
        var technician = await api.SignInAsNewUserAsync(Roles.Technician);

        var response = await technician.Http.Register(EquipmentApi.NewEquipment());

        await response.ShouldBeProblem(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task An_anonymous_caller_gets_401()
    {
        var response = await api.CreateClient().Register(EquipmentApi.NewEquipment());

        await response.ShouldBeProblem(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Timestamps_come_from_the_host_clock()
    {
        var at = new DateTimeOffset(2030, 1, 2, 3, 4, 5, TimeSpan.Zero);
        await using var timed = ApiFactory.ForDatabase(api.ConnectionString, new ManualClock(at));
        var manager = await timed.SignInAsNewUserAsync(Roles.Manager);

        var body = await (await manager.Http.Register(EquipmentApi.NewEquipment())).ShouldHaveStatus(HttpStatusCode.Created);

        body.GetProperty("createdAt").GetDateTimeOffset().ShouldBe(at);
        body.GetProperty("updatedAt").GetDateTimeOffset().ShouldBe(at);
    }
}
