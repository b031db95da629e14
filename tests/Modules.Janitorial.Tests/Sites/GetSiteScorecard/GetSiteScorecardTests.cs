using System.Net;
using OpsPlatform.Modules.Janitorial.Tests.Schedules.MarkMissedOccurrences;
using OpsPlatform.Identity.Contracts;

namespace OpsPlatform.Modules.Janitorial.Tests.Sites.GetSiteScorecard;

public sealed class GetSiteScorecardTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    private static string Scorecard(Guid siteId, string query = "from=2026-09-01&to=2026-11-30") => $"{JanitorialApi.Sites}/{siteId}/scorecard?{query}";

    [Fact]
    public async Task The_scorecard_averages_scores_by_month_and_counts_failures_and_missed_cleanings()
    {
        var crew = await CrewAtSite.CreateAsync(api, passThreshold: 80);
        await crew.Manager.NewInspectionId(crew.SiteId, 90, "2026-10-02");
        await crew.Manager.NewInspectionId(crew.SiteId, 71, "2026-10-20");
        await crew.Manager.NewInspectionId(crew.SiteId, 60, "2026-11-05");
        await crew.Manager.NewInspectionId(crew.SiteId, 10, "2026-08-31");
        await crew.Manager.NewScheduleId(crew.SiteId, crew.Technician.UserId, "2026-11-03", "08:00", "09:00");
        await MarkMissedOccurrencesJobTests.RunJobAt(api, new DateTimeOffset(2026, 11, 3, 10, 0, 0, TimeSpan.Zero));

        var card = await (await crew.Manager.GetAsync(Scorecard(crew.SiteId))).ShouldHaveStatus(HttpStatusCode.OK);

        card.GetProperty("inspections").GetInt32().ShouldBe(3);
        card.GetProperty("averageScore").GetDouble().ShouldBe(73.7);
        card.GetProperty("failedInspections").GetInt32().ShouldBe(2);
        card.GetProperty("missedSchedules").GetInt32().ShouldBe(1);
        var months = card.GetProperty("months").EnumerateArray().ToList();
        months.Select(m => m.GetProperty("month").GetString()).ShouldBe(["2026-09", "2026-10", "2026-11"]);
        months[0].GetProperty("averageScore").ValueKind.ShouldBe(System.Text.Json.JsonValueKind.Null);
        months[1].GetProperty("averageScore").GetDouble().ShouldBe(80.5);
        months[1].GetProperty("failedInspections").GetInt32().ShouldBe(1);
        months[2].GetProperty("missedSchedules").GetInt32().ShouldBe(1);
    }

    [Fact]
    public async Task Site_staff_read_it_and_a_client_only_where_the_site_grants_inspection_outcomes()
    {
        var withholding = await CrewAtSite.CreateAsync(api);
        var granting = await CrewAtSite.CreateAsync(api, clientSeesInspections: true);
        var client = await withholding.AddMemberAsync(api, Roles.Client);
        await granting.Manager.Assign(granting.SiteId, client.UserId, "client");

        await (await withholding.Technician.Http.GetAsync(Scorecard(withholding.SiteId))).ShouldHaveStatus(HttpStatusCode.OK);
        await (await client.Http.GetAsync(Scorecard(withholding.SiteId))).ShouldBeProblem(HttpStatusCode.NotFound);
        await (await client.Http.GetAsync(Scorecard(granting.SiteId))).ShouldHaveStatus(HttpStatusCode.OK);
        await (await granting.Technician.Http.GetAsync(Scorecard(withholding.SiteId))).ShouldBeProblem(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Without_a_range_it_covers_the_twelve_months_up_to_today_and_a_bad_range_is_a_400()
    {
        var crew = await CrewAtSite.CreateAsync(api);

        var card = await (await crew.Manager.GetAsync($"{JanitorialApi.Sites}/{crew.SiteId}/scorecard")).ShouldHaveStatus(HttpStatusCode.OK);
        card.GetProperty("months").GetArrayLength().ShouldBe(12);
        await (await crew.Manager.GetAsync(Scorecard(crew.SiteId, "from=2026-05-01&to=2026-01-01"))).ShouldBeProblem(HttpStatusCode.BadRequest, "to");
        await (await crew.Manager.GetAsync(Scorecard(crew.SiteId, "from=soon"))).ShouldBeProblem(HttpStatusCode.BadRequest, "from");
    }
}
