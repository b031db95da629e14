using System.Net;
using System.Net.Http.Json;
using OpsPlatform.Identity.Contracts;
using static OpsPlatform.Modules.ItAssets.Tests.ItAssetsApi;

namespace OpsPlatform.Modules.ItAssets.Tests.Hardware.DeleteHardware;

public sealed class DeleteHardwareTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    [Fact]
    public async Task Hardware_registered_by_mistake_is_deleted()
    {
        var manager = await api.SignInAsNewUserAsync(Roles.Manager);
        var id = await manager.Http.RegisterHardwareIdAsync();

        (await manager.Http.DeleteAsync($"{HardwareRoute}/{id}")).StatusCode.ShouldBe(HttpStatusCode.NoContent);

        await (await manager.Http.GetAsync($"{HardwareRoute}/{id}")).ShouldBeProblem(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Hardware_with_a_history_is_not_deleted()
    {
        var manager = await api.SignInAsNewUserAsync(Roles.Manager);
        var moved = await manager.Http.RegisterHardwareIdAsync();
        await (await manager.Http.PostAsJsonAsync($"{HardwareRoute}/{moved}/status", new { status = "broken" })).ShouldHaveStatus(HttpStatusCode.OK);
        var lent = await manager.Http.RegisterHardwareIdAsync();
        await (await manager.Http.CheckOutAsync(lent, manager.UserId)).ShouldHaveStatus(HttpStatusCode.Created);

        await (await manager.Http.DeleteAsync($"{HardwareRoute}/{moved}")).ShouldBeProblem(HttpStatusCode.Conflict);
        await (await manager.Http.DeleteAsync($"{HardwareRoute}/{lent}")).ShouldBeProblem(HttpStatusCode.Conflict);
        await (await manager.Http.GetAsync($"{HardwareRoute}/{moved}")).ShouldHaveStatus(HttpStatusCode.OK);
    }

    [Fact]
    public async Task A_technician_may_not_delete_hardware()
    {
        var manager = await api.SignInAsNewUserAsync(Roles.Manager);
        var technician = await api.SignInAsNewUserAsync(Roles.Technician);
        var id = await manager.Http.RegisterHardwareIdAsync();

        await (await technician.Http.DeleteAsync($"{HardwareRoute}/{id}")).ShouldBeProblem(HttpStatusCode.Forbidden);
        await (await manager.Http.GetAsync($"{HardwareRoute}/{id}")).ShouldHaveStatus(HttpStatusCode.OK);
    }
}
