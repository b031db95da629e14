using System.Net;
using System.Net.Http.Json;
using OpsPlatform.Identity.Contracts;

namespace OpsPlatform.Modules.Psa.Tests.Projects;

public sealed class ProjectTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    private const string Route = "/api/psa/projects";

    private static object NewProject(string code, Guid? managerId = null) => new
    {
        code, name = "ERP rollout", clientName = "Acme", description = "Go-live", managerId, startsOn = "2026-01-01", dueOn = "2026-03-31",
    };

    [Fact]
    public async Task A_manager_creates_a_planned_project_led_by_themselves_by_default()
    {
        var manager = await api.SignInAsNewUserAsync(Roles.Manager);

        var body = await (await manager.Http.PostAsJsonAsync(Route, NewProject("acme-1"))).ShouldHaveStatus(HttpStatusCode.Created);

        body.GetProperty("code").GetString().ShouldBe("ACME-1");
        body.GetProperty("status").GetString().ShouldBe("planned");
        body.GetProperty("managerId").GetGuid().ShouldBe(manager.UserId);
    }

    [Fact]
    public async Task A_duplicate_code_is_a_409_naming_the_field()
    {
        var manager = await api.SignInAsNewUserAsync(Roles.Manager);
        await (await manager.Http.PostAsJsonAsync(Route, NewProject("SAME"))).ShouldHaveStatus(HttpStatusCode.Created);

        await (await manager.Http.PostAsJsonAsync(Route, NewProject("same"))).ShouldBeProblem(HttpStatusCode.Conflict, "code");
    }

    [Fact]
    public async Task A_project_due_before_it_starts_is_a_422()
    {
        var manager = await api.SignInAsNewUserAsync(Roles.Manager);

        var response = await manager.Http.PostAsJsonAsync(Route, new { code = "BAD", name = "x", clientName = "c", startsOn = "2026-05-01", dueOn = "2026-04-01" });

        await response.ShouldBeProblem(HttpStatusCode.UnprocessableEntity, "dueOn");
    }

    [Fact]
    public async Task A_member_sees_only_the_projects_they_lead()
    {
        var manager = await api.SignInAsNewUserAsync(Roles.Manager);
        var lead = await api.SignInAsNewUserAsync(Roles.Member);
        var other = await api.SignInAsNewUserAsync(Roles.Member);
        var led = (await (await manager.Http.PostAsJsonAsync(Route, NewProject("LED-1", lead.UserId))).ShouldHaveStatus(HttpStatusCode.Created)).GetProperty("id").GetGuid();
        await (await manager.Http.PostAsJsonAsync(Route, NewProject("NOT-LED"))).ShouldHaveStatus(HttpStatusCode.Created);

        var list = await (await lead.Http.GetAsync(Route)).ShouldHaveStatus(HttpStatusCode.OK);
        list.GetProperty("items").EnumerateArray().Select(p => p.GetProperty("code").GetString()).ShouldBe(["LED-1"]);
        await (await lead.Http.GetAsync($"{Route}/{led}")).ShouldHaveStatus(HttpStatusCode.OK);
        await (await other.Http.GetAsync($"{Route}/{led}")).ShouldBeProblem(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_member_may_not_create_projects()
    {
        var member = await api.SignInAsNewUserAsync(Roles.Member);

        await (await member.Http.PostAsJsonAsync(Route, NewProject("NOPE"))).ShouldBeProblem(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Lists_filter_by_status_and_refuse_unknown_sorts()
    {
        var manager = await api.SignInAsNewUserAsync(Roles.Manager);
        await (await manager.Http.PostAsJsonAsync(Route, NewProject("F-1"))).ShouldHaveStatus(HttpStatusCode.Created);

        (await (await manager.Http.GetAsync($"{Route}?status=active")).ShouldHaveStatus(HttpStatusCode.OK)).ShouldListExactly(0);
        (await (await manager.Http.GetAsync($"{Route}?status=planned")).ShouldHaveStatus(HttpStatusCode.OK)).GetProperty("items").GetArrayLength().ShouldBeGreaterThan(0);
        await (await manager.Http.GetAsync($"{Route}?sort=budget")).ShouldBeProblem(HttpStatusCode.BadRequest, "sort");
    }
}
