using System.Net;
using OpsPlatform.Identity.Contracts;
using static OpsPlatform.Modules.ItAssets.Tests.ItAssetsApi;

namespace OpsPlatform.Modules.ItAssets.Tests.Assignments.ListAssignments;

public sealed class ListAssignmentsTests(ClockedApi api) : IClassFixture<ClockedApi>
{
    [Fact]
    public async Task History_per_asset_and_per_user_is_newest_first()
    {
        var manager = await api.SignInAsNewUserAsync(Roles.Manager);
        var ann = await api.SignInAsNewUserAsync(Roles.Member);
        var ben = await api.SignInAsNewUserAsync(Roles.Member);
        var laptop = await manager.Http.RegisterHardwareIdAsync("HIST-L");
        var phone = await manager.Http.RegisterHardwareIdAsync("HIST-P");
        foreach (var (asset, user) in new[] { (laptop, ann.UserId), (laptop, ben.UserId), (phone, ann.UserId) })
        {
            await (await manager.Http.CheckOutAsync(asset, user)).ShouldHaveStatus(HttpStatusCode.Created);
            api.Time.Advance(TimeSpan.FromSeconds(1));
            if (asset == laptop) await (await manager.Http.CheckInAsync(asset)).ShouldHaveStatus(HttpStatusCode.OK);
            api.Time.Advance(TimeSpan.FromSeconds(1));
        }

        var perAsset = await (await manager.Http.GetAsync($"{AssignmentsRoute}?hardwareId={laptop}")).ShouldHaveStatus(HttpStatusCode.OK);
        perAsset.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("assignedTo").GetGuid()).ShouldBe([ben.UserId, ann.UserId]);
        var perUser = await (await manager.Http.GetAsync($"{AssignmentsRoute}?assignedTo={ann.UserId}")).ShouldHaveStatus(HttpStatusCode.OK);
        perUser.Strings("assetTag").ShouldBe(["HIST-P", "HIST-L"]);
        var open = await (await manager.Http.GetAsync($"{AssignmentsRoute}?assignedTo={ann.UserId}&open=true")).ShouldHaveStatus(HttpStatusCode.OK);
        open.Strings("assetTag").ShouldBe(["HIST-P"]);
    }

    [Fact]
    public async Task Overdue_lists_open_assignments_past_their_expected_return_only()
    {
        var manager = await api.SignInAsNewUserAsync(Roles.Manager);
        var late = await manager.Http.RegisterHardwareIdAsync("LATE-1");
        var onTime = await manager.Http.RegisterHardwareIdAsync("ONTIME-1");
        var returned = await manager.Http.RegisterHardwareIdAsync("BACK-1");
        var today = DateOnly.FromDateTime(api.Time.GetUtcNow().UtcDateTime);
        await (await manager.Http.CheckOutAsync(late, manager.UserId, expectedReturnOn: today.AddDays(1).ToString("yyyy-MM-dd"))).ShouldHaveStatus(HttpStatusCode.Created);
        await (await manager.Http.CheckOutAsync(onTime, manager.UserId, expectedReturnOn: today.AddDays(30).ToString("yyyy-MM-dd"))).ShouldHaveStatus(HttpStatusCode.Created);
        await (await manager.Http.CheckOutAsync(returned, manager.UserId, expectedReturnOn: today.AddDays(1).ToString("yyyy-MM-dd"))).ShouldHaveStatus(HttpStatusCode.Created);
        await (await manager.Http.CheckInAsync(returned)).ShouldHaveStatus(HttpStatusCode.OK);

        api.Time.Advance(TimeSpan.FromDays(3));
        var later = await api.SignInAsync(manager.Email, ApiFactory.Password); // the earlier token has expired meanwhile

        var overdue = await (await later.GetAsync($"{AssignmentsRoute}?overdue=true&assignedTo={manager.UserId}")).ShouldHaveStatus(HttpStatusCode.OK);
        overdue.Strings("assetTag").ShouldBe(["LATE-1"]);
    }

    [Fact]
    public async Task A_member_sees_only_their_own_assignments_whatever_they_filter_by()
    {
        var manager = await api.SignInAsNewUserAsync(Roles.Manager);
        var mine = await api.SignInAsNewUserAsync(Roles.Member);
        var theirs = await api.SignInAsNewUserAsync(Roles.Member);
        var a = await manager.Http.RegisterHardwareIdAsync();
        var b = await manager.Http.RegisterHardwareIdAsync();
        await (await manager.Http.CheckOutAsync(a, mine.UserId)).ShouldHaveStatus(HttpStatusCode.Created);
        await (await manager.Http.CheckOutAsync(b, theirs.UserId)).ShouldHaveStatus(HttpStatusCode.Created);

        (await (await mine.Http.GetAsync(AssignmentsRoute)).ShouldHaveStatus(HttpStatusCode.OK)).ShouldListExactly(1);
        (await (await mine.Http.GetAsync($"{AssignmentsRoute}?assignedTo={theirs.UserId}")).ShouldHaveStatus(HttpStatusCode.OK)).ShouldListExactly(0);
        (await (await mine.Http.GetAsync($"{AssignmentsRoute}?hardwareId={b}")).ShouldHaveStatus(HttpStatusCode.OK)).ShouldListExactly(0);
        await (await mine.Http.GetAsync($"{AssignmentsRoute}?sort=holder")).ShouldBeProblem(HttpStatusCode.BadRequest, "sort");
    }
}
