using System.Net;
using OpsPlatform.Identity.Contracts;
using static OpsPlatform.Modules.ItAssets.Tests.ItAssetsApi;

namespace OpsPlatform.Modules.ItAssets.Tests.Seats.AssignSeat;

public sealed class AssignSeatTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    [Fact]
    public async Task Thirty_two_concurrent_assignments_of_the_last_seat_give_it_to_exactly_one()
    {
        var manager = await api.SignInAsNewUserAsync(Roles.Manager);
        var id = await manager.Http.CreateLicenseIdAsync(NewLicense(seats: 3));
        await (await manager.Http.AssignSeatAsync(id, Guid.NewGuid())).ShouldHaveStatus(HttpStatusCode.Created);
        await (await manager.Http.AssignSeatAsync(id, Guid.NewGuid())).ShouldHaveStatus(HttpStatusCode.Created);

        var responses = await Task.WhenAll(Enumerable.Range(0, 32).Select(_ => manager.Http.AssignSeatAsync(id, Guid.NewGuid())));

        responses.Count(r => r.StatusCode == HttpStatusCode.Created).ShouldBe(1);
        responses.Count(r => r.StatusCode == HttpStatusCode.Conflict).ShouldBe(31);
        (await api.ScalarAsync<long>("SELECT count(*) FROM it_assets.mt_doc_license_seat WHERE license_id = $1 AND is_active", id)).ShouldBe(3);
        var license = await (await manager.Http.GetAsync($"{LicensesRoute}/{id}")).ShouldHaveStatus(HttpStatusCode.OK);
        license.GetProperty("seatsUsed").GetInt32().ShouldBe(3);
        license.GetProperty("seatsAvailable").GetInt32().ShouldBe(0);
    }

    [Fact]
    public async Task A_released_seat_can_be_given_again_and_a_holder_takes_one_seat_per_license()
    {
        var manager = await api.SignInAsNewUserAsync(Roles.Manager);
        var ann = await api.SignInAsNewUserAsync(Roles.Member);
        var id = await manager.Http.CreateLicenseIdAsync(NewLicense(seats: 1));
        var seat = (await (await manager.Http.AssignSeatAsync(id, ann.UserId)).ShouldHaveStatus(HttpStatusCode.Created)).GetProperty("id").GetGuid();
        var full = await (await manager.Http.AssignSeatAsync(id, Guid.NewGuid())).ShouldBeProblem(HttpStatusCode.Conflict);
        full.GetProperty("seatsOwned").GetInt32().ShouldBe(1);

        var released = await (await manager.Http.PostAsync($"{LicensesRoute}/{id}/seats/{seat}/release", null)).ShouldHaveStatus(HttpStatusCode.OK);
        released.GetProperty("isActive").GetBoolean().ShouldBeFalse();
        await (await manager.Http.PostAsync($"{LicensesRoute}/{id}/seats/{seat}/release", null)).ShouldBeProblem(HttpStatusCode.Conflict);
        await (await manager.Http.AssignSeatAsync(id, ann.UserId)).ShouldHaveStatus(HttpStatusCode.Created);

        var roomy = await manager.Http.CreateLicenseIdAsync(NewLicense(model: "unlimited", seats: null));
        await (await manager.Http.AssignSeatAsync(roomy, ann.UserId)).ShouldHaveStatus(HttpStatusCode.Created);
        await (await manager.Http.AssignSeatAsync(roomy, ann.UserId)).ShouldBeProblem(HttpStatusCode.Conflict, "userId");
    }

    [Fact]
    public async Task A_seat_goes_to_a_device_that_exists()
    {
        var manager = await api.SignInAsNewUserAsync(Roles.Manager);
        var id = await manager.Http.CreateLicenseIdAsync(NewLicense(model: "per_site", seats: null));
        var laptop = await manager.Http.RegisterHardwareIdAsync();

        var seat = await (await manager.Http.AssignSeatAsync(id, null, laptop)).ShouldHaveStatus(HttpStatusCode.Created);

        seat.GetProperty("hardwareId").GetGuid().ShouldBe(laptop);
        await (await manager.Http.AssignSeatAsync(id, null, Guid.NewGuid())).ShouldBeProblem(HttpStatusCode.UnprocessableEntity, "hardwareId");
        await (await manager.Http.AssignSeatAsync(id, null)).ShouldBeProblem(HttpStatusCode.BadRequest, "userId");
        await (await manager.Http.AssignSeatAsync(id, Guid.NewGuid(), laptop)).ShouldBeProblem(HttpStatusCode.BadRequest, "hardwareId");
    }

    [Fact]
    public async Task Members_see_only_their_own_seats_and_licenses_and_assign_nothing()
    {
        var manager = await api.SignInAsNewUserAsync(Roles.Manager);
        var ann = await api.SignInAsNewUserAsync(Roles.Member);
        var ben = await api.SignInAsNewUserAsync(Roles.Member);
        var shared = await manager.Http.CreateLicenseIdAsync(NewLicense("Shared", seats: 5));
        var bens = await manager.Http.CreateLicenseIdAsync(NewLicense("Bens only", seats: 5));
        await (await manager.Http.AssignSeatAsync(shared, ann.UserId)).ShouldHaveStatus(HttpStatusCode.Created);
        await (await manager.Http.AssignSeatAsync(shared, ben.UserId)).ShouldHaveStatus(HttpStatusCode.Created);
        await (await manager.Http.AssignSeatAsync(bens, ben.UserId)).ShouldHaveStatus(HttpStatusCode.Created);

        (await (await ann.Http.GetAsync("/api/it-assets/my/licenses")).ShouldHaveStatus(HttpStatusCode.OK)).Strings("productName").ShouldBe(["Shared"]);
        var seats = await (await ann.Http.GetAsync($"{LicensesRoute}/{shared}/seats")).ShouldHaveStatus(HttpStatusCode.OK);
        seats.GetProperty("items").EnumerateArray().Select(s => s.GetProperty("userId").GetGuid()).ShouldBe([ann.UserId]);
        await (await ann.Http.GetAsync($"{LicensesRoute}/{bens}")).ShouldBeProblem(HttpStatusCode.NotFound);
        await (await ann.Http.GetAsync($"{LicensesRoute}/{bens}/seats")).ShouldBeProblem(HttpStatusCode.NotFound);
        await (await ann.Http.AssignSeatAsync(shared, ann.UserId)).ShouldBeProblem(HttpStatusCode.Forbidden);
        (await (await manager.Http.GetAsync($"{LicensesRoute}/{shared}/seats")).ShouldHaveStatus(HttpStatusCode.OK)).ShouldListExactly(2);
    }
}
