using System.Net;
using System.Net.Http.Json;
using OpsPlatform.Identity.Contracts;
using static OpsPlatform.Modules.ItAssets.Tests.ItAssetsApi;

namespace OpsPlatform.Modules.ItAssets.Tests.Hardware;

/// <summary>
/// Registrations and check-outs reach <c>/api/live</c> in the commit that stores them: IT staff see registrations, the
/// holder sees their check-out and check-in, someone else does not; a refused duplicate sends nothing. Each stream's
/// first event is one it may see, committed after one it may not, so a leak would arrive first.
/// </summary>
public sealed class HardwareLiveTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    [Fact]
    public async Task It_staff_see_a_registration_and_a_refused_duplicate_sends_nothing()
    {
        var manager = await api.SignInAsNewUserAsync(Roles.Manager);
        await manager.Http.RegisterHardwareAsync("LIVE-1");
        await using var stream = await SseClient.ConnectAsync(manager.Http, "/api/live?type=it-assets.hardware-registered");

        await (await manager.Http.PostAsJsonAsync(HardwareRoute, NewHardware("LIVE-1", "OTHER-SER"))).ShouldBeProblem(HttpStatusCode.Conflict, "assetTag");
        await manager.Http.RegisterHardwareAsync("LIVE-2");

        (await stream.NextAsync()).Payload.GetProperty("assetTag").GetString().ShouldBe("LIVE-2");
    }

    [Fact]
    public async Task The_holder_sees_their_check_out_and_check_in_and_nobody_else_does()
    {
        var manager = await api.SignInAsNewUserAsync(Roles.Manager);
        var holder = await api.SignInAsNewUserAsync(Roles.Member);
        var other = await api.SignInAsNewUserAsync(Roles.Member);
        var first = await manager.Http.RegisterHardwareIdAsync();
        var second = await manager.Http.RegisterHardwareIdAsync();
        await using var holderStream = await SseClient.ConnectAsync(holder.Http, "/api/live?type=it-assets.hardware-checked-out&type=it-assets.hardware-checked-in");
        await using var otherStream = await SseClient.ConnectAsync(other.Http, "/api/live?type=it-assets.hardware-checked-out");

        await (await manager.Http.CheckOutAsync(first, holder.UserId)).ShouldHaveStatus(HttpStatusCode.Created);
        await (await manager.Http.CheckInAsync(first)).ShouldHaveStatus(HttpStatusCode.OK);
        await (await manager.Http.CheckOutAsync(second, other.UserId)).ShouldHaveStatus(HttpStatusCode.Created);

        var checkedOut = await holderStream.NextAsync();
        checkedOut.Payload.GetProperty("hardwareId").GetGuid().ShouldBe(first);
        checkedOut.Payload.GetProperty("assignedTo").GetGuid().ShouldBe(holder.UserId);
        (await holderStream.NextAsync()).Payload.GetProperty("checkedInBy").GetGuid().ShouldBe(manager.UserId);
        (await otherStream.NextAsync()).Payload.GetProperty("hardwareId").GetGuid().ShouldBe(second);
    }

    [Fact]
    public async Task The_holder_sees_their_hardware_go_to_repair_and_someone_else_does_not()
    {
        var manager = await api.SignInAsNewUserAsync(Roles.Manager);
        var holder = await api.SignInAsNewUserAsync(Roles.Member);
        var other = await api.SignInAsNewUserAsync(Roles.Member);
        var held = await manager.Http.RegisterHardwareIdAsync();
        var spare = await manager.Http.RegisterHardwareIdAsync();
        await (await manager.Http.CheckOutAsync(held, holder.UserId)).ShouldHaveStatus(HttpStatusCode.Created);
        await using var holderStream = await SseClient.ConnectAsync(holder.Http, "/api/live?type=it-assets.hardware-changed");
        await using var otherStream = await SseClient.ConnectAsync(other.Http, "/api/live?type=it-assets.hardware-changed");
        await using var staffStream = await SseClient.ConnectAsync(manager.Http, "/api/live?type=it-assets.hardware-changed");

        await (await manager.Http.PostAsJsonAsync($"{HardwareRoute}/{spare}/status", new { status = "broken" })).ShouldHaveStatus(HttpStatusCode.OK);
        await (await manager.Http.PostAsJsonAsync($"{HardwareRoute}/{held}/stage", new { stage = "in_repair" })).ShouldHaveStatus(HttpStatusCode.OK);
        await (await manager.Http.PostAsJsonAsync($"{HardwareRoute}/{spare}/stage", new { stage = "retired" })).ShouldHaveStatus(HttpStatusCode.OK);

        var repair = (await holderStream.NextAsync()).Payload;
        repair.GetProperty("hardwareId").GetGuid().ShouldBe(held);
        repair.GetProperty("change").GetString().ShouldBe("stage");
        repair.GetProperty("stage").GetString().ShouldBe("in_repair");
        (await staffStream.NextAsync()).Payload.GetProperty("status").GetString().ShouldBe("broken");
        // The first one the other member may see would be the third change: it may see none of them.
        await Should.ThrowAsync<TimeoutException>(() => otherStream.NextAsync(TimeSpan.FromSeconds(2)));
    }
}
