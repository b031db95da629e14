using System.Net;
using System.Net.Http.Json;

namespace OpsPlatform.Modules.Psa.Tests.StatusUpdates;

public sealed class StatusUpdateTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    [Fact]
    public async Task The_owner_posts_an_update_whose_progress_is_snapshotted_when_posted()
    {
        var team = await ProjectTeam.CreateAsync(api);
        var done = await team.Owner.Http.CreateTaskAsync(team.ProjectId, team.Member.UserId);
        await team.Owner.Http.CreateTaskAsync(team.ProjectId, team.Member.UserId);
        await (await team.Member.Http.MoveTaskAsync(done, "in_progress")).ShouldHaveStatus(HttpStatusCode.OK);
        await (await team.Member.Http.MoveTaskAsync(done, "done")).ShouldHaveStatus(HttpStatusCode.OK);
        await (await team.Member.Http.LogTimeAsync(team.ProjectId, "2026-01-05", 90)).ShouldHaveStatus(HttpStatusCode.Created);

        var posted = await (await team.Owner.Http.PostAsJsonAsync($"{team.Url}/status-updates", new { text = "Finance live", health = "at_risk" }))
            .ShouldHaveStatus(HttpStatusCode.Created);
        await (await team.Member.Http.LogTimeAsync(team.ProjectId, "2026-01-06", 120)).ShouldHaveStatus(HttpStatusCode.Created);
        await team.Owner.Http.CreateTaskAsync(team.ProjectId);

        var progress = posted.GetProperty("progress");
        progress.GetProperty("tasksDone").GetInt32().ShouldBe(1);
        progress.GetProperty("tasksTotal").GetInt32().ShouldBe(2);
        progress.GetProperty("hoursSpent").GetDecimal().ShouldBe(1.5m);
        progress.GetProperty("budgetHours").GetDecimal().ShouldBe(100);
        var listed = (await (await team.Client.Http.GetAsync($"{team.Url}/status-updates")).ShouldHaveStatus(HttpStatusCode.OK)).Items().Single();
        listed.GetProperty("health").GetString().ShouldBe("at_risk");
        listed.GetProperty("progress").GetProperty("tasksTotal").GetInt32().ShouldBe(2);
        listed.GetProperty("progress").GetProperty("hoursSpent").GetDecimal().ShouldBe(1.5m);
    }

    [Fact]
    public async Task Only_the_owner_posts_and_only_the_projects_people_read_them()
    {
        var team = await ProjectTeam.CreateAsync(api);
        await (await team.Owner.Http.PostAsJsonAsync($"{team.Url}/status-updates", new { text = "Kick-off", health = "on_track" })).ShouldHaveStatus(HttpStatusCode.Created);

        foreach (var intruder in new[] { team.Member, team.Client, team.Outsider, team.OtherManager })
            await (await intruder.Http.PostAsJsonAsync($"{team.Url}/status-updates", new { text = "Spoof", health = "off_track" })).ShouldBeProblem(HttpStatusCode.NotFound);
        foreach (var reader in new[] { team.Member, team.Client, team.OtherManager })
            (await (await reader.Http.GetAsync($"{team.Url}/status-updates")).ShouldHaveStatus(HttpStatusCode.OK)).ShouldListExactly(1);
        await (await team.Outsider.Http.GetAsync($"{team.Url}/status-updates")).ShouldBeProblem(HttpStatusCode.NotFound);
        await (await team.Owner.Http.PostAsJsonAsync($"{team.Url}/status-updates", new { text = "" })).ShouldBeProblem(HttpStatusCode.BadRequest, "text", "health");
        (await (await team.Client.Http.GetAsync($"{team.Url}/status-updates?health=off_track")).ShouldHaveStatus(HttpStatusCode.OK)).ShouldListExactly(0);
    }
}
