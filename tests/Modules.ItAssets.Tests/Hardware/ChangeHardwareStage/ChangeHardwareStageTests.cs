using System.Net;
using System.Net.Http.Json;
using OpsPlatform.Identity.Contracts;
using static OpsPlatform.Modules.ItAssets.Tests.ItAssetsApi;

namespace OpsPlatform.Modules.ItAssets.Tests.Hardware.ChangeHardwareStage;

public sealed class ChangeHardwareStageTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    [Fact]
    public async Task Hardware_goes_from_ordered_to_disposed_and_each_move_is_kept_with_who_and_when_newest_first()
    {
        var manager = await api.SignInAsNewUserAsync(Roles.Manager);
        var id = (await (await manager.Http.PostAsJsonAsync(HardwareRoute, NewHardware(Tag(), stage: "ordered"))).ShouldHaveStatus(HttpStatusCode.Created)).GetProperty("id").GetGuid();

        await (await manager.Http.PostAsJsonAsync($"{HardwareRoute}/{id}/stage", new { stage = "in_stock", note = "Delivered" })).ShouldHaveStatus(HttpStatusCode.OK);
        await (await manager.Http.PostAsJsonAsync($"{HardwareRoute}/{id}/stage", new { stage = "in_repair" })).ShouldHaveStatus(HttpStatusCode.OK);
        await (await manager.Http.PostAsJsonAsync($"{HardwareRoute}/{id}/stage", new { stage = "in_stock" })).ShouldHaveStatus(HttpStatusCode.OK);
        await (await manager.Http.PostAsJsonAsync($"{HardwareRoute}/{id}/retire", new { note = "Old" })).ShouldHaveStatus(HttpStatusCode.OK);
        var disposed = await (await manager.Http.PostAsync($"{HardwareRoute}/{id}/dispose", null)).ShouldHaveStatus(HttpStatusCode.OK);

        disposed.GetProperty("stage").GetString().ShouldBe("disposed");
        var history = await (await manager.Http.GetAsync($"{HardwareRoute}/{id}/history")).ShouldHaveStatus(HttpStatusCode.OK);
        history.EnumerateArray().Select(h => h.GetProperty("to").GetString()).ShouldBe(["disposed", "retired", "in_stock", "in_repair", "in_stock", "ordered"]);
        history[4].GetProperty("note").GetString().ShouldBe("Delivered");
        history.EnumerateArray().ShouldAllBe(h => h.GetProperty("by").GetGuid() == manager.UserId);
        history[0].GetProperty("at").GetDateTimeOffset().ShouldBeGreaterThanOrEqualTo(history[1].GetProperty("at").GetDateTimeOffset());
    }

    [Fact]
    public async Task An_illegal_move_is_a_409_naming_the_allowed_ones_and_changes_nothing()
    {
        var manager = await api.SignInAsNewUserAsync(Roles.Manager);
        var id = await manager.Http.RegisterHardwareIdAsync();

        var problem = await (await manager.Http.PostAsJsonAsync($"{HardwareRoute}/{id}/stage", new { stage = "disposed" })).ShouldBeProblem(HttpStatusCode.Conflict);

        problem.GetProperty("currentStage").GetString().ShouldBe("in_stock");
        problem.GetProperty("allowed").EnumerateArray().Select(a => a.GetString()).ShouldBe(["in_repair", "retired"]);
        problem.GetProperty("detail").GetString()!.ShouldContain("in_repair, retired");
        (await (await manager.Http.GetAsync($"{HardwareRoute}/{id}")).ShouldHaveStatus(HttpStatusCode.OK)).GetProperty("version").GetInt32().ShouldBe(1);
    }

    [Fact]
    public async Task Deployed_hardware_cannot_be_retired_or_moved_to_stock_by_hand()
    {
        var manager = await api.SignInAsNewUserAsync(Roles.Manager);
        var id = await manager.Http.RegisterHardwareIdAsync();
        await (await manager.Http.CheckOutAsync(id, manager.UserId)).ShouldHaveStatus(HttpStatusCode.Created);

        var retire = await (await manager.Http.PostAsync($"{HardwareRoute}/{id}/retire", null)).ShouldBeProblem(HttpStatusCode.Conflict);
        retire.GetProperty("allowed").EnumerateArray().Select(a => a.GetString()).ShouldBe(["in_repair"]);
        var toStock = await (await manager.Http.PostAsJsonAsync($"{HardwareRoute}/{id}/stage", new { stage = "in_stock" })).ShouldBeProblem(HttpStatusCode.Conflict);
        toStock.GetProperty("detail").GetString()!.ShouldContain("check-in");
    }

    [Fact]
    public async Task Status_changes_are_kept_in_the_history_and_disposed_hardware_refuses_them()
    {
        var manager = await api.SignInAsNewUserAsync(Roles.Manager);
        var id = await manager.Http.RegisterHardwareIdAsync();

        var broken = await (await manager.Http.PostAsJsonAsync($"{HardwareRoute}/{id}/status", new { status = "broken", note = "Cracked screen" })).ShouldHaveStatus(HttpStatusCode.OK);
        broken.GetProperty("status").GetString().ShouldBe("broken");
        var history = await (await manager.Http.GetAsync($"{HardwareRoute}/{id}/history")).ShouldHaveStatus(HttpStatusCode.OK);
        history[0].GetProperty("kind").GetString().ShouldBe("status_changed");
        history[0].GetProperty("from").GetString().ShouldBe("ready");
        history[0].GetProperty("to").GetString().ShouldBe("broken");

        await (await manager.Http.PostAsync($"{HardwareRoute}/{id}/retire", null)).ShouldHaveStatus(HttpStatusCode.OK);
        await (await manager.Http.PostAsync($"{HardwareRoute}/{id}/dispose", null)).ShouldHaveStatus(HttpStatusCode.OK);
        await (await manager.Http.PostAsJsonAsync($"{HardwareRoute}/{id}/status", new { status = "ready" })).ShouldBeProblem(HttpStatusCode.Conflict);
        await (await manager.Http.PostAsJsonAsync($"{HardwareRoute}/{id}/stage", new { stage = "to_the_moon" })).ShouldBeProblem(HttpStatusCode.BadRequest, "stage");
    }

    [Fact]
    public async Task Broken_hardware_cannot_be_checked_out()
    {
        var manager = await api.SignInAsNewUserAsync(Roles.Manager);
        var id = await manager.Http.RegisterHardwareIdAsync();
        await (await manager.Http.PostAsJsonAsync($"{HardwareRoute}/{id}/status", new { status = "broken" })).ShouldHaveStatus(HttpStatusCode.OK);

        await (await manager.Http.CheckOutAsync(id, manager.UserId)).ShouldBeProblem(HttpStatusCode.UnprocessableEntity, "status");
    }

    [Fact]
    public async Task Only_it_staff_change_stage_or_status_and_unknown_hardware_is_a_404()
    {
        var manager = await api.SignInAsNewUserAsync(Roles.Manager);
        var technician = await api.SignInAsNewUserAsync(Roles.Technician);
        var id = await manager.Http.RegisterHardwareIdAsync();

        await (await technician.Http.PostAsJsonAsync($"{HardwareRoute}/{id}/stage", new { stage = "retired" })).ShouldBeProblem(HttpStatusCode.Forbidden);
        await (await technician.Http.PostAsync($"{HardwareRoute}/{id}/retire", null)).ShouldBeProblem(HttpStatusCode.Forbidden);
        await (await technician.Http.PostAsJsonAsync($"{HardwareRoute}/{id}/status", new { status = "lost" })).ShouldBeProblem(HttpStatusCode.Forbidden);
        await (await manager.Http.PostAsJsonAsync($"{HardwareRoute}/{Guid.NewGuid()}/stage", new { stage = "retired" })).ShouldBeProblem(HttpStatusCode.NotFound);
    }
}
