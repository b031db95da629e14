using System.Net;
using System.Text.Json;
using OpsPlatform.Identity.Contracts;
using static OpsPlatform.Modules.ItAssets.Tests.ItAssetsApi;

namespace OpsPlatform.Modules.ItAssets.Tests.Reports.GetComplianceReport;

public sealed class GetComplianceReportTests(ClockedApi api) : IClassFixture<ClockedApi>
{
    private const string Report = "/api/it-assets/reports/compliance";

    [Fact]
    public async Task The_report_shows_seat_use_expired_licenses_in_use_what_ends_soon_hardware_without_holder_and_overdue_returns()
    {
        var manager = await api.SignInAsNewUserAsync(Roles.Manager);
        var today = DateOnly.FromDateTime(api.Time.GetUtcNow().UtcDateTime);
        string Day(int days) => today.AddDays(days).ToString("yyyy-MM-dd");
        var soon = await manager.Http.CreateLicenseIdAsync(NewLicense("Ending soon", seats: 2, expiresOn: Day(10)));
        await (await manager.Http.AssignSeatAsync(soon, Guid.NewGuid())).ShouldHaveStatus(HttpStatusCode.Created);
        var expired = await manager.Http.CreateLicenseIdAsync(NewLicense("Expired", seats: 3, expiresOn: Day(-10)) );
        await (await manager.Http.AssignSeatAsync(expired, Guid.NewGuid())).ShouldHaveStatus(HttpStatusCode.Created);
        await manager.Http.CreateLicenseIdAsync(NewLicense("Far away", seats: 1, expiresOn: Day(300)));
        var spare = (await manager.Http.RegisterHardwareAsync("SPARE-1", warrantyEndsOn: Day(20))).GetProperty("id").GetGuid();
        var lent = (await manager.Http.RegisterHardwareAsync("LENT-1", warrantyEndsOn: Day(400))).GetProperty("id").GetGuid();
        await (await manager.Http.CheckOutAsync(lent, manager.UserId, expectedReturnOn: Day(1))).ShouldHaveStatus(HttpStatusCode.Created);

        api.Time.Advance(TimeSpan.FromDays(3));
        var later = await api.SignInAsync(manager.Email, ApiFactory.Password);
        var report = await (await later.GetAsync(Report)).ShouldHaveStatus(HttpStatusCode.OK);

        Names(report, "seatUse").ShouldBe(["Ending soon", "Expired", "Far away"]);
        report.GetProperty("seatUse").GetProperty("items")[0].GetProperty("seatsUsed").GetInt32().ShouldBe(1);
        report.GetProperty("seatUse").GetProperty("items")[0].GetProperty("seatsOwned").GetInt32().ShouldBe(2);
        Names(report, "expiredLicensesInUse").ShouldBe(["Expired"]);
        Names(report, "licensesEndingSoon").ShouldBe(["Ending soon"]);
        Ids(report, "warrantiesEndingSoon", "hardwareId").ShouldBe([spare]);
        Ids(report, "hardwareWithoutHolder", "hardwareId").ShouldBe([spare]);
        Ids(report, "overdueReturns", "hardwareId").ShouldBe([lent]);
        report.GetProperty("overdueReturns").GetProperty("count").GetInt64().ShouldBe(1);

        var narrow = await (await later.GetAsync($"{Report}?withinDays=5")).ShouldHaveStatus(HttpStatusCode.OK);
        Names(narrow, "licensesEndingSoon").ShouldBeEmpty();
        Ids(narrow, "warrantiesEndingSoon", "hardwareId").ShouldBeEmpty();
    }

    [Fact]
    public async Task Only_it_staff_read_the_report_and_a_bad_horizon_is_a_400()
    {
        var manager = await api.SignInAsNewUserAsync(Roles.Manager);
        var member = await api.SignInAsNewUserAsync(Roles.Member);

        await (await member.Http.GetAsync(Report)).ShouldBeProblem(HttpStatusCode.Forbidden);
        await (await manager.Http.GetAsync($"{Report}?withinDays=-1")).ShouldBeProblem(HttpStatusCode.BadRequest, "withinDays");
        await (await manager.Http.GetAsync($"{Report}?days=3")).ShouldBeProblem(HttpStatusCode.BadRequest, "days");
    }

    private static string[] Names(JsonElement report, string section) =>
        report.GetProperty(section).GetProperty("items").EnumerateArray().Select(i => i.GetProperty("productName").GetString()!).ToArray();

    private static Guid[] Ids(JsonElement report, string section, string property) =>
        report.GetProperty(section).GetProperty("items").EnumerateArray().Select(i => i.GetProperty(property).GetGuid()).ToArray();
}
