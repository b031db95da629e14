using System.Net;
using System.Net.Http.Json;

namespace OpsPlatform.Modules.Psa.Tests.Tasks;

public sealed class ChangeTaskStatusTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    [Fact]
    public async Task The_assignee_moves_their_own_task_to_done_and_an_illegal_move_names_the_allowed_ones()
    {
        var team = await ProjectTeam.CreateAsync(api);
        var task = await team.Owner.Http.CreateTaskAsync(team.ProjectId, team.Member.UserId);

        var refused = await (await team.Member.Http.MoveTaskAsync(task, "done")).ShouldBeProblem(HttpStatusCode.Conflict, "status");
        refused.GetProperty("allowed").EnumerateArray().Select(a => a.GetString()).ShouldBe(["in_progress", "blocked"]);
        foreach (var status in new[] { "in_progress", "blocked", "in_progress", "done" })
            await (await team.Member.Http.MoveTaskAsync(task, status)).ShouldHaveStatus(HttpStatusCode.OK);

        var done = await (await team.Member.Http.GetAsync($"{PsaApi.Tasks}/{task}")).ShouldHaveStatus(HttpStatusCode.OK);
        done.GetProperty("status").GetString().ShouldBe("done");
        done.GetProperty("completedAt").ValueKind.ShouldBe(System.Text.Json.JsonValueKind.String);
        var moves = await api.ScalarAsync<string>(
            "SELECT string_agg(payload->>'to', ',' ORDER BY recorded_at) FROM psa.live_events WHERE message_type = 'psa.task-status-changed' AND payload->>'taskId' = $1", task.ToString());
        moves.ShouldBe("in_progress,blocked,in_progress,done");
        var audience = await api.ScalarAsync<string>(
            "SELECT array_to_string(visible_to, ',') FROM psa.live_events WHERE message_type = 'psa.task-status-changed' AND payload->>'taskId' = $1 LIMIT 1", task.ToString());
        audience!.Split(',').Select(Guid.Parse).Order().ShouldBe(new[] { team.Owner.UserId, team.Member.UserId }.Order(), "the team sees its board; the client viewer does not");
    }

    [Fact]
    public async Task Someone_elses_task_cannot_be_moved_except_by_the_owner()
    {
        var team = await ProjectTeam.CreateAsync(api);
        var ownersTask = await team.Owner.Http.CreateTaskAsync(team.ProjectId, team.Owner.UserId);
        var unassigned = await team.Owner.Http.CreateTaskAsync(team.ProjectId);

        foreach (var intruder in new[] { team.Member, team.Client, team.Outsider, team.OtherManager })
        {
            await (await intruder.Http.MoveTaskAsync(ownersTask, "in_progress")).ShouldBeProblem(HttpStatusCode.NotFound);
            await (await intruder.Http.MoveTaskAsync(unassigned, "in_progress")).ShouldBeProblem(HttpStatusCode.NotFound);
        }
        await (await team.Owner.Http.MoveTaskAsync(unassigned, "in_progress")).ShouldHaveStatus(HttpStatusCode.OK);
        (await api.ScalarAsync<string>("SELECT status FROM psa.mt_doc_project_task WHERE id = $1", ownersTask)).ShouldBe("ToDo");
    }

    [Fact]
    public async Task A_stale_version_is_a_409()
    {
        var team = await ProjectTeam.CreateAsync(api);
        var task = await team.Owner.Http.CreateTaskAsync(team.ProjectId, team.Member.UserId);
        await (await team.Member.Http.MoveTaskAsync(task, "in_progress")).ShouldHaveStatus(HttpStatusCode.OK);

        await (await team.Member.Http.PostAsJsonAsync($"{PsaApi.Tasks}/{task}/status", new { status = "done", version = 1 })).ShouldBeProblem(HttpStatusCode.Conflict);
    }
}
