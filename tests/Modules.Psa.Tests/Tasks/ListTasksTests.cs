using System.Net;
using System.Net.Http.Json;

namespace OpsPlatform.Modules.Psa.Tests.Tasks;

public sealed class ListTasksTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    [Fact]
    public async Task The_board_lists_my_tasks_overdue_ones_by_project_and_by_assignee()
    {
        var team = await ProjectTeam.CreateAsync(api);
        var past = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(-3).ToString("yyyy-MM-dd");
        var future = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(30).ToString("yyyy-MM-dd");
        var late = await team.Owner.Http.CreateTaskAsync(team.ProjectId, team.Member.UserId, past, "Late");
        var lateButDone = await team.Owner.Http.CreateTaskAsync(team.ProjectId, team.Member.UserId, past, "Late but done");
        var upcoming = await team.Owner.Http.CreateTaskAsync(team.ProjectId, team.Member.UserId, future, "Upcoming");
        var owners = await team.Owner.Http.CreateTaskAsync(team.ProjectId, team.Owner.UserId, past, "Owner's");
        await (await team.Member.Http.MoveTaskAsync(lateButDone, "in_progress")).ShouldHaveStatus(HttpStatusCode.OK);
        await (await team.Member.Http.MoveTaskAsync(lateButDone, "done")).ShouldHaveStatus(HttpStatusCode.OK);
        var elsewhere = await ProjectTeam.CreateAsync(api);
        await elsewhere.Owner.Http.CreateTaskAsync(elsewhere.ProjectId, elsewhere.Member.UserId, past, "Not ours");

        async Task<List<Guid>> List(string query) =>
            (await (await team.Member.Http.GetAsync($"{PsaApi.Tasks}?{query}")).ShouldHaveStatus(HttpStatusCode.OK)).Ids();

        (await List("mine=true")).ShouldBe([late, lateButDone, upcoming], ignoreOrder: true);
        (await List("mine=true&overdue=true")).ShouldBe([late]);
        (await List("overdue=true")).ShouldBe([late, owners], ignoreOrder: true);
        (await List($"projectId={team.ProjectId}&sort=title")).ShouldBe([late, lateButDone, owners, upcoming]);
        (await List($"assigneeId={team.Owner.UserId}")).ShouldBe([owners]);
        (await List("status=done")).ShouldBe([lateButDone]);
        (await List("priority=high&pageSize=3")).Count.ShouldBe(3);
        (await (await elsewhere.Member.Http.GetAsync($"{PsaApi.Tasks}?overdue=true")).ShouldHaveStatus(HttpStatusCode.OK)).Items().Count().ShouldBe(1);
        // Managers see every project's board.
        (await (await elsewhere.Owner.Http.GetAsync($"{PsaApi.Tasks}?overdue=true")).ShouldHaveStatus(HttpStatusCode.OK)).Items().Count().ShouldBe(3);
    }

    [Fact]
    public async Task Bad_filters_are_400s_naming_them()
    {
        var team = await ProjectTeam.CreateAsync(api);

        await (await team.Member.Http.GetAsync($"{PsaApi.Tasks}?sort=estimate")).ShouldBeProblem(HttpStatusCode.BadRequest, "sort");
        await (await team.Member.Http.GetAsync($"{PsaApi.Tasks}?assignee={team.Member.UserId}")).ShouldBeProblem(HttpStatusCode.BadRequest, "assignee");
        await (await team.Member.Http.GetAsync($"{PsaApi.Tasks}?mine=true&assigneeId={team.Member.UserId}")).ShouldBeProblem(HttpStatusCode.BadRequest, "assigneeId");
        await (await team.Member.Http.GetAsync($"{PsaApi.Tasks}?pageSize=1000")).ShouldBeProblem(HttpStatusCode.BadRequest, "pageSize");
    }

    [Fact]
    public async Task A_task_due_tomorrow_is_announced_once_as_due_soon_through_the_scheduled_reminder()
    {
        var team = await ProjectTeam.CreateAsync(api);
        var tomorrow = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(1).ToString("yyyy-MM-dd");
        var later = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(20).ToString("yyyy-MM-dd");

        var soon = await team.Owner.Http.CreateTaskAsync(team.ProjectId, team.Member.UserId, tomorrow);
        var distant = await team.Owner.Http.CreateTaskAsync(team.ProjectId, team.Member.UserId, later);
        await (await team.Owner.Http.PutAsJsonAsync($"{PsaApi.Tasks}/{distant}", new { title = "Moved", assigneeId = team.Member.UserId, dueOn = later }))
            .ShouldHaveStatus(HttpStatusCode.OK);
        await api.SettleBusAsync(TimeSpan.FromSeconds(60));

        (await api.ScalarAsync<long>("SELECT count(*) FROM psa.live_events WHERE message_type = 'psa.task-due-soon' AND payload->>'taskId' = $1", soon.ToString())).ShouldBe(1);
        (await api.ScalarAsync<long>("SELECT count(*) FROM psa.live_events WHERE message_type = 'psa.task-due-soon' AND payload->>'taskId' = $1", distant.ToString())).ShouldBe(0);
        // The distant task keeps exactly one pending reminder however often it is edited (the business key replaces the old one).
        (await PendingRemindersAsync(distant)).ShouldBe(1);
        var pending = await AllPendingRemindersAsync();
        await (await team.Owner.Http.DeleteAsync($"{PsaApi.Tasks}/{distant}")).ShouldHaveStatus(HttpStatusCode.NoContent);
        (await AllPendingRemindersAsync()).ShouldBe(pending - 1);
    }

    private Task<long> PendingRemindersAsync(Guid task) => api.ScalarAsync<long>("""
        SELECT count(*) FROM wolverine.wolverine_incoming_envelopes e JOIN psa.scheduled_keys k ON e.id = ANY(k.envelope_ids)
        WHERE k.key = $1 AND e.status = 'Scheduled' AND e.message_type = 'psa.task-due-soon-reminder'
        """, $"psa-task-due:{task:N}");

    private Task<long> AllPendingRemindersAsync() => api.ScalarAsync<long>(
        "SELECT count(*) FROM wolverine.wolverine_incoming_envelopes WHERE status = 'Scheduled' AND message_type = 'psa.task-due-soon-reminder'");
}
