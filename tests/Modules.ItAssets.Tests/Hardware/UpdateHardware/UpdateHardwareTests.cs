using System.Net;
using System.Net.Http.Json;
using OpsPlatform.Identity.Contracts;
using static OpsPlatform.Modules.ItAssets.Tests.ItAssetsApi;

namespace OpsPlatform.Modules.ItAssets.Tests.Hardware.UpdateHardware;

public sealed class UpdateHardwareTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    private static object Changed(string tag, string serial, int? version) => new
    {
        assetTag = tag, name = "ThinkPad T14s", model = "T14s", manufacturer = "Lenovo", category = "laptop", serialNumber = serial,
        location = "Branch office", purchasedOn = "2025-01-10", purchaseCost = 1300m, supplier = "Other supplier", warrantyEndsOn = "2029-01-10",
        notes = "32 GB", version,
    };

    [Fact]
    public async Task A_manager_updates_the_fields_and_a_stale_version_is_a_409()
    {
        var manager = await api.SignInAsNewUserAsync(Roles.Manager);
        var created = await manager.Http.RegisterHardwareAsync("UPD-1");
        var id = created.GetProperty("id").GetGuid();

        var updated = await (await manager.Http.PutAsJsonAsync($"{HardwareRoute}/{id}", Changed("UPD-1", "SER-UPD-1", 1))).ShouldHaveStatus(HttpStatusCode.OK);

        updated.GetProperty("name").GetString().ShouldBe("ThinkPad T14s");
        updated.GetProperty("location").GetString().ShouldBe("Branch office");
        updated.GetProperty("version").GetInt32().ShouldBe(2);
        await (await manager.Http.PutAsJsonAsync($"{HardwareRoute}/{id}", Changed("UPD-1", "SER-UPD-1", 1))).ShouldBeProblem(HttpStatusCode.Conflict);
        await (await manager.Http.PutAsJsonAsync($"{HardwareRoute}/{id}", Changed("UPD-1", "SER-UPD-1", null))).ShouldBeProblem(HttpStatusCode.BadRequest, "version");
    }

    [Fact]
    public async Task Taking_another_assets_tag_or_serial_is_a_409_naming_the_field()
    {
        var manager = await api.SignInAsNewUserAsync(Roles.Manager);
        await manager.Http.RegisterHardwareAsync("TAKEN-1");
        var id = await manager.Http.RegisterHardwareIdAsync("MINE-1");

        await (await manager.Http.PutAsJsonAsync($"{HardwareRoute}/{id}", Changed("TAKEN-1", "SER-MINE", 1))).ShouldBeProblem(HttpStatusCode.Conflict, "assetTag");
        await (await manager.Http.PutAsJsonAsync($"{HardwareRoute}/{id}", Changed("MINE-1", "SN-TAKEN-1", 1))).ShouldBeProblem(HttpStatusCode.Conflict, "serialNumber");
    }

    [Fact]
    public async Task A_member_may_not_update_hardware_even_the_one_they_hold()
    {
        var manager = await api.SignInAsNewUserAsync(Roles.Manager);
        var member = await api.SignInAsNewUserAsync(Roles.Member);
        var id = await manager.Http.RegisterHardwareIdAsync();
        await (await manager.Http.CheckOutAsync(id, member.UserId)).ShouldHaveStatus(HttpStatusCode.Created);

        await (await member.Http.PutAsJsonAsync($"{HardwareRoute}/{id}", Changed("X-9", "S-9", 2))).ShouldBeProblem(HttpStatusCode.Forbidden);
    }
}
