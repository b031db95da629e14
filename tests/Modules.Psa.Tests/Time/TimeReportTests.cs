using System.Net;
using System.Net.Http.Json;

namespace OpsPlatform.Modules.Psa.Tests.Time;

public sealed class TimeReportTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    [Fact]
    public async Task Budget_burn_sums_logged_billable_and_approved_hours_leaving_rejected_time_out()
    {
        var team = await ProjectTeam.CreateAsync(api);
        await (await team.Member.Http.LogTimeAsync(team.ProjectId, "2026-01-05", 600)).ShouldHaveStatus(HttpStatusCode.Created);
        await (await team.Member.Http.LogTimeAsync(team.ProjectId, "2026-01-06", 120, billable: false)).ShouldHaveStatus(HttpStatusCode.Created);
        await (await team.Member.Http.PostAsJsonAsync("/api/psa/timesheets/submit", new { weekStart = "2026-01-05" })).ShouldHaveStatus(HttpStatusCode.OK);
        await (await team.Owner.Http.PostAsJsonAsync($"{team.Url}/timesheets/approve", new { userId = team.Member.UserId, weekStart = "2026-01-05" })).ShouldHaveStatus(HttpStatusCode.OK);
        await (await team.Member.Http.LogTimeAsync(team.ProjectId, "2026-01-12", 60)).ShouldHaveStatus(HttpStatusCode.Created);
        await (await team.Member.Http.PostAsJsonAsync("/api/psa/timesheets/submit", new { weekStart = "2026-01-12" })).ShouldHaveStatus(HttpStatusCode.OK);
        await (await team.Owner.Http.PostAsJsonAsync($"{team.Url}/timesheets/reject", new { userId = team.Member.UserId, weekStart = "2026-01-12", reason = "wrong project" })).ShouldHaveStatus(HttpStatusCode.OK);

        var burn = await (await team.Member.Http.GetAsync($"{team.Url}/budget-burn")).ShouldHaveStatus(HttpStatusCode.OK);

        burn.GetProperty("loggedHours").GetDecimal().ShouldBe(12);
        burn.GetProperty("billableHours").GetDecimal().ShouldBe(10);
        burn.GetProperty("approvedHours").GetDecimal().ShouldBe(12);
        burn.GetProperty("burnedAmount").GetDecimal().ShouldBe(1500);
        burn.GetProperty("remainingHours").GetDecimal().ShouldBe(88);
        burn.GetProperty("hoursBurnedPercent").GetDecimal().ShouldBe(12);
        burn.GetProperty("amountBurnedPercent").GetDecimal().ShouldBe(10);
        await (await team.Client.Http.GetAsync($"{team.Url}/budget-burn")).ShouldBeProblem(HttpStatusCode.NotFound);
        await (await team.Outsider.Http.GetAsync($"{team.Url}/budget-burn")).ShouldBeProblem(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Utilization_is_per_person_per_week_against_their_capacity_and_private_to_them_and_managers()
    {
        var team = await ProjectTeam.CreateAsync(api);
        await (await team.Member.Http.LogTimeAsync(team.ProjectId, "2026-02-02", 600)).ShouldHaveStatus(HttpStatusCode.Created);
        await (await team.Member.Http.LogTimeAsync(team.ProjectId, "2026-02-03", 600, billable: false)).ShouldHaveStatus(HttpStatusCode.Created);
        await (await team.Member.Http.LogTimeAsync(team.ProjectId, "2026-02-09", 1200)).ShouldHaveStatus(HttpStatusCode.Created);
        await (await team.Owner.Http.LogTimeAsync(team.ProjectId, "2026-02-02", 240)).ShouldHaveStatus(HttpStatusCode.Created);

        var mine = await (await team.Member.Http.GetAsync("/api/psa/reports/utilization?from=2026-02-02&weeks=2")).ShouldHaveStatus(HttpStatusCode.OK);
        mine.EnumerateArray().Select(w => (w.GetProperty("weekStart").GetString(), w.GetProperty("loggedHours").GetDecimal(), w.GetProperty("utilizationPercent").GetDecimal()))
            .ShouldBe([("2026-02-02", 20m, 50m), ("2026-02-09", 20m, 50m)]);
        mine[0].GetProperty("billableUtilizationPercent").GetDecimal().ShouldBe(25);
        mine[0].GetProperty("capacityHours").GetDecimal().ShouldBe(40);

        await (await team.Member.Http.PutAsJsonAsync($"/api/psa/people/{team.Member.UserId}/capacity", new { weeklyHours = 80 })).ShouldBeProblem(HttpStatusCode.Forbidden);
        await (await team.Owner.Http.PutAsJsonAsync($"/api/psa/people/{team.Member.UserId}/capacity", new { weeklyHours = 20 })).ShouldHaveStatus(HttpStatusCode.OK);
        var all = await (await team.OtherManager.Http.GetAsync("/api/psa/reports/utilization?from=2026-02-02")).ShouldHaveStatus(HttpStatusCode.OK);
        var member = all.EnumerateArray().Single(w => w.GetProperty("userId").GetGuid() == team.Member.UserId);
        member.GetProperty("utilizationPercent").GetDecimal().ShouldBe(100);
        all.EnumerateArray().Single(w => w.GetProperty("userId").GetGuid() == team.Owner.UserId).GetProperty("loggedHours").GetDecimal().ShouldBe(4);

        await (await team.Member.Http.GetAsync($"/api/psa/reports/utilization?from=2026-02-02&userId={team.Owner.UserId}")).ShouldBeProblem(HttpStatusCode.NotFound);
        await (await team.Member.Http.GetAsync("/api/psa/reports/utilization?from=2026-02-03")).ShouldBeProblem(HttpStatusCode.BadRequest, "from");
        await (await team.Member.Http.GetAsync("/api/psa/reports/utilization?from=2026-02-02&weeks=60")).ShouldBeProblem(HttpStatusCode.BadRequest, "weeks");
    }
}
