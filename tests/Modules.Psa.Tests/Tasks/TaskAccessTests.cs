using System.Net;
using System.Net.Http.Json;

namespace OpsPlatform.Modules.Psa.Tests.Tasks;

/// <summary>The seed's rule: only the project's owner creates, edits and deletes tasks; the assignee moves their own.</summary>
public sealed class TaskAccessTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    [Fact]
    public async Task The_owner_creates_a_task_for_a_member_who_sees_it_and_the_assignment_goes_live()
    {
        var team = await ProjectTeam.CreateAsync(api);

        var task = await team.Owner.Http.CreateTaskAsync(team.ProjectId, team.Member.UserId, "2026-02-01");

        var seen = await (await team.Member.Http.GetAsync($"{PsaApi.Tasks}/{task}")).ShouldHaveStatus(HttpStatusCode.OK);
        seen.GetProperty("status").GetString().ShouldBe("to_do");
        seen.GetProperty("priority").GetString().ShouldBe("high");
        var visibleTo = await api.ScalarAsync<string>(
            "SELECT array_to_string(visible_to, ',') FROM psa.live_events WHERE message_type = 'psa.task-assigned' AND payload->>'taskId' = $1", task.ToString());
        visibleTo!.Split(',').Select(Guid.Parse).ShouldBe([team.Owner.UserId, team.Member.UserId], ignoreOrder: true);
    }

    [Fact]
    public async Task Nobody_but_the_owner_creates_edits_or_deletes_tasks()
    {
        var team = await ProjectTeam.CreateAsync(api);
        var task = await team.Owner.Http.CreateTaskAsync(team.ProjectId, team.Member.UserId);

        foreach (var intruder in new[] { team.Member, team.Client, team.Outsider, team.OtherManager })
        {
            await (await intruder.Http.PostAsJsonAsync($"{team.Url}/tasks", new { title = "Mine now" })).ShouldBeProblem(HttpStatusCode.NotFound);
            await (await intruder.Http.PutAsJsonAsync($"{PsaApi.Tasks}/{task}", new { title = "Renamed" })).ShouldBeProblem(HttpStatusCode.NotFound);
            await (await intruder.Http.DeleteAsync($"{PsaApi.Tasks}/{task}")).ShouldBeProblem(HttpStatusCode.NotFound);
        }
        (await api.ScalarAsync<long>("SELECT count(*) FROM psa.mt_doc_project_task WHERE project_id = $1", team.ProjectId)).ShouldBe(1);
        (await api.ScalarAsync<string>("SELECT title FROM psa.mt_doc_project_task WHERE id = $1", task)).ShouldBe("Map accounts");
        await (await team.Owner.Http.DeleteAsync($"{PsaApi.Tasks}/{task}")).ShouldHaveStatus(HttpStatusCode.NoContent);
    }

    [Fact]
    public async Task Client_viewers_and_outsiders_do_not_see_tasks()
    {
        var team = await ProjectTeam.CreateAsync(api);
        var task = await team.Owner.Http.CreateTaskAsync(team.ProjectId);

        foreach (var intruder in new[] { team.Client, team.Outsider })
        {
            await (await intruder.Http.GetAsync($"{PsaApi.Tasks}/{task}")).ShouldBeProblem(HttpStatusCode.NotFound);
            await (await intruder.Http.GetAsync($"{PsaApi.Tasks}?projectId={team.ProjectId}")).ShouldBeProblem(HttpStatusCode.NotFound);
            (await (await intruder.Http.GetAsync(PsaApi.Tasks)).ShouldHaveStatus(HttpStatusCode.OK)).ShouldListExactly(0);
        }
    }

    [Fact]
    public async Task A_task_is_assigned_only_to_the_owner_or_a_member()
    {
        var team = await ProjectTeam.CreateAsync(api);

        await (await team.Owner.Http.PostAsJsonAsync($"{team.Url}/tasks", new { title = "x", assigneeId = team.Client.UserId }))
            .ShouldBeProblem(HttpStatusCode.UnprocessableEntity, "assigneeId");
        await (await team.Owner.Http.PostAsJsonAsync($"{team.Url}/tasks", new { title = "x", assigneeId = team.Outsider.UserId }))
            .ShouldBeProblem(HttpStatusCode.UnprocessableEntity, "assigneeId");
        await (await team.Owner.Http.PostAsJsonAsync($"{team.Url}/tasks", new { title = "", priority = "whenever" }))
            .ShouldBeProblem(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task A_task_with_logged_time_is_not_deleted()
    {
        var team = await ProjectTeam.CreateAsync(api);
        var task = await team.Owner.Http.CreateTaskAsync(team.ProjectId, team.Member.UserId);
        await (await team.Member.Http.LogTimeAsync(team.ProjectId, "2026-01-05", 60, task)).ShouldHaveStatus(HttpStatusCode.Created);

        await (await team.Owner.Http.DeleteAsync($"{PsaApi.Tasks}/{task}")).ShouldBeProblem(HttpStatusCode.UnprocessableEntity);
    }
}
