using System.Net;
using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using OpsPlatform.Modules.Maintenance.Persistence;
using OpsPlatform.Shared.Kernel.Domain;
using OpsPlatform.Identity.Contracts;

namespace OpsPlatform.Modules.Maintenance.Tests.Equipment;

public sealed class UpdateEquipmentTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    [Fact]
    public async Task An_update_with_the_current_version_bumps_the_version()
    {
        var manager = await api.SignInAsNewUserAsync(Roles.Manager);
        var created = await (await manager.Http.Register(EquipmentApi.NewEquipment())).ShouldHaveStatus(HttpStatusCode.Created);
        var id = created.GetProperty("id").GetGuid();

        var response = await manager.Http.PutAsJsonAsync($"{EquipmentApi.Route}/{id}", Update(created, version: 1, status: "down"));

        var body = await response.ShouldHaveStatus(HttpStatusCode.OK);
        body.GetProperty("version").GetInt32().ShouldBe(2);
        body.GetProperty("status").GetString().ShouldBe("down");
    }

    [Fact]
    public async Task An_update_with_a_stale_version_is_a_409_and_changes_nothing()
    {
        var manager = await api.SignInAsNewUserAsync(Roles.Manager);
        var created = await (await manager.Http.Register(EquipmentApi.NewEquipment())).ShouldHaveStatus(HttpStatusCode.Created);
        var id = created.GetProperty("id").GetGuid();
        await (await manager.Http.PutAsJsonAsync($"{EquipmentApi.Route}/{id}", Update(created, version: 1, status: "down"))).ShouldHaveStatus(HttpStatusCode.OK);

        var response = await manager.Http.PutAsJsonAsync($"{EquipmentApi.Route}/{id}", Update(created, version: 1, status: "retired"));

        await response.ShouldBeProblem(HttpStatusCode.Conflict);
        (await api.ScalarAsync<string>("SELECT status FROM maintenance.mt_doc_equipment WHERE id = $1", id)).ShouldBe("Down");
    }

    [Fact]
    public async Task Two_writers_racing_on_one_aggregate_the_second_commits_nothing()
    {
        var manager = await api.SignInAsNewUserAsync(Roles.Manager);
        var created = await (await manager.Http.Register(EquipmentApi.NewEquipment())).ShouldHaveStatus(HttpStatusCode.Created);
        var id = created.GetProperty("id").GetGuid();

        await using var first = api.Services.CreateAsyncScope();
        await using var second = api.Services.CreateAsyncScope();
        var a = first.ServiceProvider.GetRequiredService<MaintenanceSession>();
        var b = second.ServiceProvider.GetRequiredService<MaintenanceSession>();
        var copyA = (await a.Documents.LoadAsync<Maintenance.Equipment.Equipment>(id))!;
        var copyB = (await b.Documents.LoadAsync<Maintenance.Equipment.Equipment>(id))!;
        copyA.Update("A", "hvac", copyA.SerialNumber, "Roof", Maintenance.Equipment.EquipmentStatus.Down);
        copyB.Update("B", "hvac", copyB.SerialNumber, "Roof", Maintenance.Equipment.EquipmentStatus.Down);
        a.Update(copyA);
        b.Update(copyB);
        await a.SaveChangesAsync(default);

        await Should.ThrowAsync<ConflictException>(() => b.SaveChangesAsync(default));
        (await api.ScalarAsync<string>("SELECT name FROM maintenance.mt_doc_equipment WHERE id = $1", id)).ShouldBe("A");
        (await api.ScalarAsync<long>("SELECT count(*) FROM maintenance.live_events")).ShouldBe(0);
    }

    [Fact]
    public async Task Retired_equipment_cannot_return_to_service_422()
    {
        var manager = await api.SignInAsNewUserAsync(Roles.Manager);
        var created = await (await manager.Http.Register(EquipmentApi.NewEquipment())).ShouldHaveStatus(HttpStatusCode.Created);
        var id = created.GetProperty("id").GetGuid();
        await (await manager.Http.PutAsJsonAsync($"{EquipmentApi.Route}/{id}", Update(created, 1, "retired"))).ShouldHaveStatus(HttpStatusCode.OK);

        var response = await manager.Http.PutAsJsonAsync($"{EquipmentApi.Route}/{id}", Update(created, 2, "operational"));

        await response.ShouldBeProblem(HttpStatusCode.UnprocessableEntity, "status");
    }

    [Fact]
    public async Task A_missing_version_is_a_400_naming_it()
    {
        var manager = await api.SignInAsNewUserAsync(Roles.Manager);
        var created = await (await manager.Http.Register(EquipmentApi.NewEquipment())).ShouldHaveStatus(HttpStatusCode.Created);

        var response = await manager.Http.PutAsJsonAsync($"{EquipmentApi.Route}/{created.GetProperty("id").GetGuid()}",
            new { name = "x", type = "hvac", serialNumber = "S-1", location = "L", status = "down" });

        await response.ShouldBeProblem(HttpStatusCode.BadRequest, "version");
    }

    private static object Update(System.Text.Json.JsonElement created, int version, string status) => new
    {
        name = created.GetProperty("name").GetString(),
        type = created.GetProperty("type").GetString(),
        serialNumber = created.GetProperty("serialNumber").GetString(),
        location = created.GetProperty("location").GetString(),
        status,
        version,
    };
}
