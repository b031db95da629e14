using System.Net;
using OpsPlatform.Identity.Contracts;
using static OpsPlatform.Modules.ItAssets.Tests.ItAssetsApi;

namespace OpsPlatform.Modules.ItAssets.Tests.Seats;

/// <summary>Seat changes reach <c>/api/live</c>: the seat's user sees theirs, another user does not (their first event is their own, committed after).</summary>
public sealed class SeatLiveTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    [Fact]
    public async Task A_seat_holder_sees_their_seat_assigned_and_released_and_nobody_elses()
    {
        var manager = await api.SignInAsNewUserAsync(Roles.Manager);
        var ann = await api.SignInAsNewUserAsync(Roles.Member);
        var ben = await api.SignInAsNewUserAsync(Roles.Member);
        var license = await manager.Http.CreateLicenseIdAsync();
        await using var annStream = await SseClient.ConnectAsync(ann.Http, "/api/live?type=it-assets.license-seat-assigned&type=it-assets.license-seat-released");
        await using var managerStream = await SseClient.ConnectAsync(manager.Http, "/api/live?type=it-assets.license-seat-assigned");

        var bens = await (await manager.Http.AssignSeatAsync(license, ben.UserId)).ShouldHaveStatus(HttpStatusCode.Created);
        var anns = (await (await manager.Http.AssignSeatAsync(license, ann.UserId)).ShouldHaveStatus(HttpStatusCode.Created)).GetProperty("id").GetGuid();
        await (await manager.Http.PostAsync($"{LicensesRoute}/{license}/seats/{anns}/release", null)).ShouldHaveStatus(HttpStatusCode.OK);

        var assigned = await annStream.NextAsync();
        assigned.Payload.GetProperty("seatId").GetGuid().ShouldBe(anns);
        assigned.Payload.GetProperty("seatsUsed").GetInt32().ShouldBe(2);
        (await annStream.NextAsync()).Payload.GetProperty("seatsUsed").GetInt32().ShouldBe(1);
        (await managerStream.NextAsync()).Payload.GetProperty("seatId").GetGuid().ShouldBe(bens.GetProperty("id").GetGuid());
    }
}
