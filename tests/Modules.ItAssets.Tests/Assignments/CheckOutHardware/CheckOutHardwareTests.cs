using System.Net;
using System.Net.Http.Json;
using OpsPlatform.Identity.Contracts;
using static OpsPlatform.Modules.ItAssets.Tests.ItAssetsApi;

namespace OpsPlatform.Modules.ItAssets.Tests.Assignments.CheckOutHardware;

public sealed class CheckOutHardwareTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    [Fact]
    public async Task A_check_out_deploys_the_hardware_to_its_holder_and_the_check_in_returns_it_to_stock()
    {
        var manager = await api.SignInAsNewUserAsync(Roles.Manager);
        var member = await api.SignInAsNewUserAsync(Roles.Member);
        var id = await manager.Http.RegisterHardwareIdAsync();

        var opened = await (await manager.Http.CheckOutAsync(id, member.UserId, expectedReturnOn: Today(14))).ShouldHaveStatus(HttpStatusCode.Created);
        var held = await (await manager.Http.GetAsync($"{HardwareRoute}/{id}")).ShouldHaveStatus(HttpStatusCode.OK);
        held.GetProperty("stage").GetString().ShouldBe("deployed");
        held.GetProperty("assignedTo").GetGuid().ShouldBe(member.UserId);
        held.GetProperty("openAssignmentId").GetGuid().ShouldBe(opened.GetProperty("id").GetGuid());
        opened.GetProperty("isOpen").GetBoolean().ShouldBeTrue();
        opened.GetProperty("checkedOutBy").GetGuid().ShouldBe(manager.UserId);

        var closed = await (await manager.Http.CheckInAsync(id)).ShouldHaveStatus(HttpStatusCode.OK);

        closed.GetProperty("isOpen").GetBoolean().ShouldBeFalse();
        closed.GetProperty("checkInNote").GetString().ShouldBe("Returned");
        var back = await (await manager.Http.GetAsync($"{HardwareRoute}/{id}")).ShouldHaveStatus(HttpStatusCode.OK);
        back.GetProperty("stage").GetString().ShouldBe("in_stock");
        back.GetProperty("assignedTo").ValueKind.ShouldBe(System.Text.Json.JsonValueKind.Null);
        var history = await (await manager.Http.GetAsync($"{HardwareRoute}/{id}/history")).ShouldHaveStatus(HttpStatusCode.OK);
        history.EnumerateArray().Select(h => h.GetProperty("kind").GetString()).ShouldBe(["checked_in", "checked_out", "registered"]);
    }

    [Fact]
    public async Task Hardware_goes_to_a_location_and_a_second_check_out_or_a_check_in_of_stock_is_a_409()
    {
        var manager = await api.SignInAsNewUserAsync(Roles.Manager);
        var id = await manager.Http.RegisterHardwareIdAsync();
        await (await manager.Http.CheckInAsync(id)).ShouldBeProblem(HttpStatusCode.Conflict);

        var opened = await (await manager.Http.CheckOutAsync(id, null, "Meeting room 4")).ShouldHaveStatus(HttpStatusCode.Created);
        opened.GetProperty("location").GetString().ShouldBe("Meeting room 4");

        await (await manager.Http.CheckOutAsync(id, manager.UserId)).ShouldBeProblem(HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task Concurrent_check_outs_of_one_asset_leave_exactly_one_open_assignment()
    {
        var manager = await api.SignInAsNewUserAsync(Roles.Manager);
        var id = await manager.Http.RegisterHardwareIdAsync();
        var takers = Enumerable.Range(0, 16).Select(_ => Guid.NewGuid()).ToArray();

        var responses = await Task.WhenAll(takers.Select(user => manager.Http.CheckOutAsync(id, user)));

        responses.Count(r => r.StatusCode == HttpStatusCode.Created).ShouldBe(1);
        responses.Count(r => r.StatusCode == HttpStatusCode.Conflict).ShouldBe(15);
        (await api.ScalarAsync<long>("SELECT count(*) FROM it_assets.mt_doc_assignment WHERE hardware_id = $1 AND open_hardware_id IS NOT NULL", id)).ShouldBe(1);
        var holder = (await (await manager.Http.GetAsync($"{HardwareRoute}/{id}")).ShouldHaveStatus(HttpStatusCode.OK)).GetProperty("assignedTo").GetGuid();
        (await api.ScalarAsync<Guid>("SELECT assigned_to FROM it_assets.mt_doc_assignment WHERE hardware_id = $1", id)).ShouldBe(holder);
    }

    [Fact]
    public async Task Bad_check_outs_are_refused_naming_the_field()
    {
        var manager = await api.SignInAsNewUserAsync(Roles.Manager);
        var id = await manager.Http.RegisterHardwareIdAsync();

        await (await manager.Http.CheckOutAsync(id, null)).ShouldBeProblem(HttpStatusCode.BadRequest, "assignedTo");
        await (await manager.Http.CheckOutAsync(id, manager.UserId, "Both")).ShouldBeProblem(HttpStatusCode.BadRequest, "location");
        await (await manager.Http.CheckOutAsync(id, manager.UserId, expectedReturnOn: Today(-2))).ShouldBeProblem(HttpStatusCode.UnprocessableEntity, "expectedReturnOn");
        await (await manager.Http.CheckOutAsync(Guid.NewGuid(), manager.UserId)).ShouldBeProblem(HttpStatusCode.NotFound);
    }

    [Theory]
    [InlineData(Roles.Member)]
    [InlineData(Roles.Technician)]
    public async Task Only_it_staff_check_hardware_out_or_in_even_to_themselves(string role)
    {
        var manager = await api.SignInAsNewUserAsync(Roles.Manager);
        var someone = await api.SignInAsNewUserAsync(role);
        var id = await manager.Http.RegisterHardwareIdAsync();

        await (await someone.Http.CheckOutAsync(id, someone.UserId)).ShouldBeProblem(HttpStatusCode.Forbidden);
        await (await manager.Http.CheckOutAsync(id, someone.UserId)).ShouldHaveStatus(HttpStatusCode.Created);
        await (await someone.Http.CheckInAsync(id)).ShouldBeProblem(HttpStatusCode.Forbidden);
    }
}
