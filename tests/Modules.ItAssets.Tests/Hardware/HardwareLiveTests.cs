using System.Net;
using System.Net.Http.Json;
using OpsPlatform.Identity.Contracts;

namespace OpsPlatform.Modules.ItAssets.Tests.Hardware;

/// <summary>
/// A registration reaches <c>/api/live</c> from the module's Marten unit of work, in the commit that stores it: its
/// holder and managers see it, someone else does not, and a refused duplicate sends nothing. Each stream's first event
/// is one it may see, committed after one it may not, so a leak (or the duplicate's event) would arrive first.
/// </summary>
public sealed class HardwareLiveTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    private const string Stream = "/api/live?type=it-assets.hardware-registered";

    private static object Asset(string tag, Guid? assignedTo) => new { assetTag = tag, name = "Phone", category = "phone", assignedTo };

    [Fact]
    public async Task The_holder_and_managers_see_a_registration_and_a_refused_duplicate_sends_nothing()
    {
        var manager = await api.SignInAsNewUserAsync(Roles.Manager);
        var holder = await api.SignInAsNewUserAsync(Roles.Member);
        var other = await api.SignInAsNewUserAsync(Roles.Member);
        await (await manager.Http.PostAsJsonAsync("/api/it-assets/hardware", Asset("LIVE-1", other.UserId))).ShouldHaveStatus(HttpStatusCode.Created);
        await using var managerStream = await SseClient.ConnectAsync(manager.Http, Stream);
        await using var holderStream = await SseClient.ConnectAsync(holder.Http, Stream);
        await using var otherStream = await SseClient.ConnectAsync(other.Http, Stream);

        await (await manager.Http.PostAsJsonAsync("/api/it-assets/hardware", Asset("LIVE-1", holder.UserId))).ShouldBeProblem(HttpStatusCode.Conflict, "assetTag");
        await (await manager.Http.PostAsJsonAsync("/api/it-assets/hardware", Asset("LIVE-2", other.UserId))).ShouldHaveStatus(HttpStatusCode.Created);
        var created = await (await manager.Http.PostAsJsonAsync("/api/it-assets/hardware", Asset("LIVE-3", holder.UserId))).ShouldHaveStatus(HttpStatusCode.Created);

        (await managerStream.NextAsync()).Payload.GetProperty("assetTag").GetString().ShouldBe("LIVE-2");
        var seen = await holderStream.NextAsync();
        seen.Payload.GetProperty("hardwareId").GetGuid().ShouldBe(created.GetProperty("id").GetGuid());
        seen.Payload.GetProperty("status").GetString().ShouldBe("assigned");
        (await otherStream.NextAsync()).Payload.GetProperty("assetTag").GetString().ShouldBe("LIVE-2");
    }
}
