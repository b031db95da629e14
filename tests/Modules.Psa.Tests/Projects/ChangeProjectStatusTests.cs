using System.Net;
using System.Net.Http.Json;

namespace OpsPlatform.Modules.Psa.Tests.Projects;

public sealed class ChangeProjectStatusTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    [Fact]
    public async Task The_owner_walks_the_workflow_and_every_move_joins_the_history_and_goes_live()
    {
        var team = await ProjectTeam.CreateAsync(api);

        foreach (var status in new[] { "active", "on_hold", "active", "completed" })
            await (await team.Owner.Http.PostAsJsonAsync($"{team.Url}/status", new { status })).ShouldHaveStatus(HttpStatusCode.OK);

        var project = await (await team.Owner.Http.GetAsync(team.Url)).ShouldHaveStatus(HttpStatusCode.OK);
        project.GetProperty("status").GetString().ShouldBe("completed");
        project.GetProperty("history").EnumerateArray().Select(h => $"{h.GetProperty("from").GetString()}>{h.GetProperty("to").GetString()}")
            .ShouldBe(["planned>active", "active>on_hold", "on_hold>active", "active>completed"]);
        (await api.ScalarAsync<long>("SELECT count(*) FROM psa.live_events WHERE message_type = 'psa.project-status-changed' AND payload->>'projectId' = $1",
            team.ProjectId.ToString())).ShouldBe(4);
    }

    [Fact]
    public async Task An_illegal_move_is_a_409_naming_the_allowed_ones_and_changes_nothing()
    {
        var team = await ProjectTeam.CreateAsync(api);

        var planned = await (await team.Owner.Http.PostAsJsonAsync($"{team.Url}/status", new { status = "completed" })).ShouldBeProblem(HttpStatusCode.Conflict, "status");
        planned.GetProperty("allowed").EnumerateArray().Select(a => a.GetString()).ShouldBe(["active", "cancelled"]);
        await (await team.Owner.Http.PostAsJsonAsync($"{team.Url}/status", new { status = "cancelled" })).ShouldBeProblem(HttpStatusCode.BadRequest, "reason");
        await (await team.Owner.Http.PostAsJsonAsync($"{team.Url}/status", new { status = "cancelled", reason = "Client withdrew" })).ShouldHaveStatus(HttpStatusCode.OK);
        var cancelled = await (await team.Owner.Http.PostAsJsonAsync($"{team.Url}/status", new { status = "active" })).ShouldBeProblem(HttpStatusCode.Conflict);

        cancelled.GetProperty("allowed").GetArrayLength().ShouldBe(0);
        (await api.ScalarAsync<string>("SELECT status FROM psa.mt_doc_project WHERE id = $1", team.ProjectId)).ShouldBe("Cancelled");
    }

    [Fact]
    public async Task Nobody_but_the_owner_or_an_admin_changes_the_status()
    {
        var team = await ProjectTeam.CreateAsync(api);

        foreach (var intruder in new[] { team.Member, team.Client, team.Outsider, team.OtherManager })
            await (await intruder.Http.PostAsJsonAsync($"{team.Url}/status", new { status = "active" })).ShouldBeProblem(HttpStatusCode.NotFound);
        await (await team.Admin.Http.PostAsJsonAsync($"{team.Url}/status", new { status = "active" })).ShouldHaveStatus(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Only_a_finished_project_is_archived_and_then_it_leaves_the_lists_and_stops_changing()
    {
        var team = await ProjectTeam.CreateAsync(api);
        await (await team.Owner.Http.PostAsJsonAsync($"{team.Url}/status", new { status = "active" })).ShouldHaveStatus(HttpStatusCode.OK);

        await (await team.Owner.Http.PostAsync($"{team.Url}/archive", null)).ShouldBeProblem(HttpStatusCode.Conflict, "status");
        await (await team.Owner.Http.PostAsJsonAsync($"{team.Url}/status", new { status = "completed" })).ShouldHaveStatus(HttpStatusCode.OK);
        await (await team.Member.Http.PostAsync($"{team.Url}/archive", null)).ShouldBeProblem(HttpStatusCode.NotFound);
        await (await team.Owner.Http.PostAsync($"{team.Url}/archive", null)).ShouldHaveStatus(HttpStatusCode.OK);

        (await (await team.Member.Http.GetAsync(PsaApi.Projects)).ShouldHaveStatus(HttpStatusCode.OK)).ShouldListExactly(0);
        (await (await team.Member.Http.GetAsync($"{PsaApi.Projects}?archived=true")).ShouldHaveStatus(HttpStatusCode.OK)).Ids().ShouldBe([team.ProjectId]);
        await (await team.Owner.Http.PutAsJsonAsync(team.Url, new { name = "Late edit", clientName = "Acme" })).ShouldBeProblem(HttpStatusCode.Conflict);
        await (await team.Owner.Http.PostAsJsonAsync($"{team.Url}/tasks", new { title = "Late task" })).ShouldBeProblem(HttpStatusCode.Conflict);
    }
}
