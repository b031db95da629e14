using System.Net;
using System.Net.Http.Json;

namespace OpsPlatform.Modules.Psa.Tests.Time;

public sealed class TimeEntryTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    private const string Monday = "2026-01-05";

    [Fact]
    public async Task Only_the_team_logs_time_on_a_project_on_its_own_tasks_and_a_day_holds_24_hours()
    {
        var team = await ProjectTeam.CreateAsync(api);
        var elsewhere = await ProjectTeam.CreateAsync(api);
        var foreignTask = await elsewhere.Owner.Http.CreateTaskAsync(elsewhere.ProjectId);

        await (await team.Member.Http.LogTimeAsync(team.ProjectId, Monday, 600)).ShouldHaveStatus(HttpStatusCode.Created);
        await (await team.Client.Http.LogTimeAsync(team.ProjectId, Monday, 60)).ShouldBeProblem(HttpStatusCode.NotFound);
        await (await team.Outsider.Http.LogTimeAsync(team.ProjectId, Monday, 60)).ShouldBeProblem(HttpStatusCode.NotFound);
        await (await team.Member.Http.LogTimeAsync(team.ProjectId, Monday, 60, foreignTask)).ShouldBeProblem(HttpStatusCode.UnprocessableEntity, "taskId");
        await (await team.Member.Http.LogTimeAsync(team.ProjectId, Monday, 900)).ShouldBeProblem(HttpStatusCode.UnprocessableEntity, "minutes");
        await (await team.Member.Http.LogTimeAsync(team.ProjectId, Monday, 0)).ShouldBeProblem(HttpStatusCode.BadRequest, "minutes");

        (await api.ScalarAsync<long>("SELECT count(*) FROM psa.mt_doc_time_entry WHERE project_id = $1", team.ProjectId)).ShouldBe(1);
    }

    [Fact]
    public async Task A_submitted_week_waits_for_the_owner_and_approved_entries_are_locked()
    {
        var team = await ProjectTeam.CreateAsync(api);
        var entry = (await (await team.Member.Http.LogTimeAsync(team.ProjectId, Monday, 120)).ShouldHaveStatus(HttpStatusCode.Created)).Id();
        await (await team.Member.Http.LogTimeAsync(team.ProjectId, "2026-01-07", 60, billable: false)).ShouldHaveStatus(HttpStatusCode.Created);

        await (await team.Member.Http.PostAsJsonAsync("/api/psa/timesheets/submit", new { weekStart = "2026-01-06" })).ShouldBeProblem(HttpStatusCode.BadRequest, "weekStart");
        var submitted = await (await team.Member.Http.PostAsJsonAsync("/api/psa/timesheets/submit", new { weekStart = Monday })).ShouldHaveStatus(HttpStatusCode.OK);
        submitted.GetProperty("entries").GetInt32().ShouldBe(2);
        await (await team.Member.Http.PutAsJsonAsync($"{PsaApi.TimeEntries}/{entry}", new { date = Monday, minutes = 30 })).ShouldBeProblem(HttpStatusCode.Conflict, "status");

        var decision = new { userId = team.Member.UserId, weekStart = Monday };
        foreach (var intruder in new[] { team.Member, team.Client, team.Outsider, team.OtherManager })
            await (await intruder.Http.PostAsJsonAsync($"{team.Url}/timesheets/approve", decision)).ShouldBeProblem(HttpStatusCode.NotFound);
        var approved = await (await team.Owner.Http.PostAsJsonAsync($"{team.Url}/timesheets/approve", decision)).ShouldHaveStatus(HttpStatusCode.OK);
        approved.GetProperty("status").GetString().ShouldBe("approved");
        await (await team.Owner.Http.PostAsJsonAsync($"{team.Url}/timesheets/approve", decision)).ShouldBeProblem(HttpStatusCode.Conflict, "weekStart");

        await (await team.Member.Http.PutAsJsonAsync($"{PsaApi.TimeEntries}/{entry}", new { date = Monday, minutes = 30 })).ShouldBeProblem(HttpStatusCode.Conflict, "status");
        await (await team.Member.Http.DeleteAsync($"{PsaApi.TimeEntries}/{entry}")).ShouldBeProblem(HttpStatusCode.Conflict, "status");
        (await api.ScalarAsync<int>("SELECT minutes FROM psa.mt_doc_time_entry WHERE id = $1", entry)).ShouldBe(120);
        var live = System.Text.Json.JsonDocument.Parse((await api.ScalarAsync<string>(
            "SELECT payload::text FROM psa.live_events WHERE message_type = 'psa.time-approved' AND payload->>'projectId' = $1", team.ProjectId.ToString()))!).RootElement;
        live.GetProperty("minutes").GetInt32().ShouldBe(180);
        live.GetProperty("billableMinutes").GetInt32().ShouldBe(120);
    }

    [Fact]
    public async Task A_rejected_week_is_corrected_and_submitted_again_and_nobody_touches_anyone_elses_entries()
    {
        var team = await ProjectTeam.CreateAsync(api);
        var entry = (await (await team.Member.Http.LogTimeAsync(team.ProjectId, Monday, 120)).ShouldHaveStatus(HttpStatusCode.Created)).Id();
        await (await team.Member.Http.PostAsJsonAsync("/api/psa/timesheets/submit", new { weekStart = Monday })).ShouldHaveStatus(HttpStatusCode.OK);

        await (await team.Owner.Http.PostAsJsonAsync($"{team.Url}/timesheets/reject", new { userId = team.Member.UserId, weekStart = Monday }))
            .ShouldBeProblem(HttpStatusCode.BadRequest, "reason");
        await (await team.Owner.Http.PostAsJsonAsync($"{team.Url}/timesheets/reject", new { userId = team.Member.UserId, weekStart = Monday, reason = "Split by task" }))
            .ShouldHaveStatus(HttpStatusCode.OK);
        (await api.ScalarAsync<string>("SELECT array_to_string(visible_to, ',') FROM psa.live_events WHERE message_type = 'psa.time-submitted' AND payload->>'projectId' = $1",
            team.ProjectId.ToString()))!.Split(',').Select(Guid.Parse).ShouldBe([team.Member.UserId, team.Owner.UserId], ignoreOrder: true);
        (await api.ScalarAsync<string>("SELECT payload->>'reason' FROM psa.live_events WHERE message_type = 'psa.time-rejected' AND payload->>'projectId' = $1",
            team.ProjectId.ToString())).ShouldBe("Split by task");
        await (await team.Owner.Http.PutAsJsonAsync($"{PsaApi.TimeEntries}/{entry}", new { date = Monday, minutes = 1 })).ShouldBeProblem(HttpStatusCode.NotFound);
        await (await team.Outsider.Http.DeleteAsync($"{PsaApi.TimeEntries}/{entry}")).ShouldBeProblem(HttpStatusCode.NotFound);
        var corrected = await (await team.Member.Http.PutAsJsonAsync($"{PsaApi.TimeEntries}/{entry}", new { date = Monday, minutes = 100 })).ShouldHaveStatus(HttpStatusCode.OK);
        corrected.GetProperty("status").GetString().ShouldBe("draft");
        await (await team.Member.Http.PostAsJsonAsync("/api/psa/timesheets/submit", new { weekStart = Monday })).ShouldHaveStatus(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Everyone_lists_their_own_time_owners_their_projects_time_and_nobody_else_sees_it()
    {
        var team = await ProjectTeam.CreateAsync(api);
        var colleague = await api.SignInAsNewUserAsync(Identity.Contracts.Roles.Member);
        await (await team.Owner.Http.PutAsJsonAsync($"{team.Url}/members/{colleague.UserId}", new { role = "member" })).ShouldHaveStatus(HttpStatusCode.OK);
        await (await team.Member.Http.LogTimeAsync(team.ProjectId, Monday, 60)).ShouldHaveStatus(HttpStatusCode.Created);
        await (await colleague.Http.LogTimeAsync(team.ProjectId, Monday, 30)).ShouldHaveStatus(HttpStatusCode.Created);

        (await (await team.Member.Http.GetAsync(PsaApi.TimeEntries)).ShouldHaveStatus(HttpStatusCode.OK)).Items().Single().GetProperty("minutes").GetInt32().ShouldBe(60);
        (await (await team.Member.Http.GetAsync($"{PsaApi.TimeEntries}?userId={colleague.UserId}")).ShouldHaveStatus(HttpStatusCode.OK)).ShouldListExactly(0);
        (await (await team.Owner.Http.GetAsync($"{PsaApi.TimeEntries}?projectId={team.ProjectId}&weekStart={Monday}")).ShouldHaveStatus(HttpStatusCode.OK)).ShouldListExactly(2);
        (await (await team.Client.Http.GetAsync(PsaApi.TimeEntries)).ShouldHaveStatus(HttpStatusCode.OK)).ShouldListExactly(0);
        await (await team.Owner.Http.GetAsync($"{PsaApi.TimeEntries}?weekStart=2026-01-06")).ShouldBeProblem(HttpStatusCode.BadRequest, "weekStart");
    }
}
