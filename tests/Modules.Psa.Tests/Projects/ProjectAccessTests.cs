using System.Net;
using System.Net.Http.Json;

namespace OpsPlatform.Modules.Psa.Tests.Projects;

/// <summary>Who sees a project and who runs it: every rule tried from the side of someone it keeps out.</summary>
public sealed class ProjectAccessTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    [Fact]
    public async Task Members_see_their_projects_client_viewers_only_list_them_and_outsiders_get_404()
    {
        var team = await ProjectTeam.CreateAsync(api);

        (await (await team.Member.Http.GetAsync(team.Url)).ShouldHaveStatus(HttpStatusCode.OK)).GetProperty("members").GetArrayLength().ShouldBe(2);
        (await (await team.Member.Http.GetAsync(PsaApi.Projects)).ShouldHaveStatus(HttpStatusCode.OK)).Ids().ShouldBe([team.ProjectId]);
        (await (await team.Client.Http.GetAsync(PsaApi.Projects)).ShouldHaveStatus(HttpStatusCode.OK)).Ids().ShouldBe([team.ProjectId]);
        await (await team.Client.Http.GetAsync(team.Url)).ShouldBeProblem(HttpStatusCode.NotFound);
        await (await team.Outsider.Http.GetAsync(team.Url)).ShouldBeProblem(HttpStatusCode.NotFound);
        (await (await team.Outsider.Http.GetAsync(PsaApi.Projects)).ShouldHaveStatus(HttpStatusCode.OK)).ShouldListExactly(0);
        (await team.OtherManager.Http.GetAsync(team.Url)).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Only_the_owner_or_an_admin_edits_the_project_and_a_stale_version_is_a_409()
    {
        var team = await ProjectTeam.CreateAsync(api);
        object Edit(string name, int? version = null) => new { name, clientName = "Acme", budgetHours = 120, version };

        foreach (var intruder in new[] { team.Member, team.Client, team.Outsider, team.OtherManager })
            await (await intruder.Http.PutAsJsonAsync(team.Url, Edit("Hijacked"))).ShouldBeProblem(HttpStatusCode.NotFound);
        var edited = await (await team.Owner.Http.PutAsJsonAsync(team.Url, Edit("Renamed", 3))).ShouldHaveStatus(HttpStatusCode.OK);
        await (await team.Owner.Http.PutAsJsonAsync(team.Url, Edit("Again", 3))).ShouldBeProblem(HttpStatusCode.Conflict);
        await (await team.Admin.Http.PutAsJsonAsync(team.Url, Edit("By admin"))).ShouldHaveStatus(HttpStatusCode.OK);

        edited.GetProperty("name").GetString().ShouldBe("Renamed");
        edited.GetProperty("budgetHours").GetDecimal().ShouldBe(120);
        (await api.ScalarAsync<string>("SELECT name FROM psa.mt_doc_project WHERE id = $1", team.ProjectId)).ShouldBe("By admin");
    }

    [Fact]
    public async Task Only_the_owner_manages_members_and_a_client_viewer_cannot_be_promoted_by_anyone_else()
    {
        var team = await ProjectTeam.CreateAsync(api);
        var url = $"{team.Url}/members/{team.Client.UserId}";

        await (await team.Member.Http.PutAsJsonAsync(url, new { role = "member" })).ShouldBeProblem(HttpStatusCode.NotFound);
        await (await team.Client.Http.PutAsJsonAsync(url, new { role = "member" })).ShouldBeProblem(HttpStatusCode.NotFound);
        await (await team.Member.Http.DeleteAsync($"{team.Url}/members/{team.Member.UserId}")).ShouldBeProblem(HttpStatusCode.NotFound);
        await (await team.Owner.Http.PutAsJsonAsync($"{team.Url}/members/{team.Owner.UserId}", new { role = "member" })).ShouldBeProblem(HttpStatusCode.UnprocessableEntity, "userId");
        await (await team.Owner.Http.PutAsJsonAsync(url, new { role = "owner" })).ShouldBeProblem(HttpStatusCode.BadRequest, "role");

        var removed = await (await team.Owner.Http.DeleteAsync($"{team.Url}/members/{team.Member.UserId}")).ShouldHaveStatus(HttpStatusCode.OK);
        removed.GetProperty("members").GetArrayLength().ShouldBe(1);
        await (await team.Member.Http.GetAsync(team.Url)).ShouldBeProblem(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Only_the_owner_deletes_and_only_a_project_nobody_has_worked_on()
    {
        var team = await ProjectTeam.CreateAsync(api);
        var empty = await team.Owner.Http.CreateProjectAsync();

        await (await team.OtherManager.Http.DeleteAsync($"{PsaApi.Projects}/{empty}")).ShouldBeProblem(HttpStatusCode.NotFound);
        await (await team.Owner.Http.DeleteAsync($"{PsaApi.Projects}/{empty}")).ShouldHaveStatus(HttpStatusCode.NoContent);
        await team.Owner.Http.CreateTaskAsync(team.ProjectId);
        await (await team.Member.Http.DeleteAsync(team.Url)).ShouldBeProblem(HttpStatusCode.NotFound);
        var refused = await (await team.Owner.Http.DeleteAsync(team.Url)).ShouldBeProblem(HttpStatusCode.UnprocessableEntity);

        refused.GetProperty("detail").GetString()!.ShouldContain("1 task(s)");
        (await api.ScalarAsync<long>("SELECT count(*) FROM psa.mt_doc_project WHERE id = ANY($1)", new[] { empty, team.ProjectId })).ShouldBe(1);
    }
}
