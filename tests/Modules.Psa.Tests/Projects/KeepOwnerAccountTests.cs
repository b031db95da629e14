using System.Net;
using System.Net.Http.Json;

namespace OpsPlatform.Modules.Psa.Tests.Projects;

public sealed class KeepOwnerAccountTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    [Fact]
    public async Task An_owner_of_an_open_project_cannot_close_their_account_until_it_is_finished()
    {
        var team = await ProjectTeam.CreateAsync(api);
        var code = await api.ScalarAsync<string>("SELECT data->>'Code' FROM psa.mt_doc_project WHERE id = $1", team.ProjectId);

        var refused = await (await Close(team.Owner.Http)).ShouldBeProblem(HttpStatusCode.UnprocessableEntity);
        refused.GetProperty("detail").GetString()!.ShouldContain($"You own 1 open project(s) ({code})");
        (await team.Owner.Http.GetAsync("/api/auth/me")).StatusCode.ShouldBe(HttpStatusCode.OK);

        await (await team.Owner.Http.PostAsJsonAsync($"{team.Url}/status", new { status = "cancelled", reason = "Client withdrew" })).ShouldHaveStatus(HttpStatusCode.OK);
        (await Close(team.Owner.Http)).StatusCode.ShouldBe(HttpStatusCode.NoContent);
    }

    [Fact]
    public async Task A_member_of_a_project_they_do_not_own_may_close_their_account()
    {
        var team = await ProjectTeam.CreateAsync(api);

        (await Close(team.Member.Http)).StatusCode.ShouldBe(HttpStatusCode.NoContent);
    }

    private static Task<HttpResponseMessage> Close(HttpClient http) =>
        http.SendAsync(new HttpRequestMessage(HttpMethod.Delete, "/api/auth/me") { Content = JsonContent.Create(new { password = ApiFactory.Password }) });
}
