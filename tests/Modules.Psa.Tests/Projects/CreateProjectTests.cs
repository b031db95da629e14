using System.Net;
using System.Net.Http.Json;
using OpsPlatform.Identity.Contracts;

namespace OpsPlatform.Modules.Psa.Tests.Projects;

public sealed class CreateProjectTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    [Fact]
    public async Task A_manager_creates_a_planned_project_owned_by_themselves_by_default_with_its_budget()
    {
        var manager = await api.SignInAsNewUserAsync(Roles.Manager);

        var body = await (await manager.Http.PostAsJsonAsync(PsaApi.Projects, PsaApi.NewProject("acme-1"))).ShouldHaveStatus(HttpStatusCode.Created);

        body.GetProperty("code").GetString().ShouldBe("ACME-1");
        body.GetProperty("status").GetString().ShouldBe("planned");
        body.GetProperty("ownerId").GetGuid().ShouldBe(manager.UserId);
        body.GetProperty("budgetHours").GetDecimal().ShouldBe(100);
        body.GetProperty("budgetAmount").GetDecimal().ShouldBe(15000);
        body.GetProperty("clientName").GetString().ShouldBe("Acme");
    }

    [Fact]
    public async Task A_duplicate_code_is_a_409_naming_the_field_and_stores_nothing()
    {
        var manager = await api.SignInAsNewUserAsync(Roles.Manager);
        await (await manager.Http.PostAsJsonAsync(PsaApi.Projects, PsaApi.NewProject("SAME"))).ShouldHaveStatus(HttpStatusCode.Created);

        await (await manager.Http.PostAsJsonAsync(PsaApi.Projects, PsaApi.NewProject("same"))).ShouldBeProblem(HttpStatusCode.Conflict, "code");
        (await api.ScalarAsync<long>("SELECT count(*) FROM psa.mt_doc_project WHERE code = 'SAME'")).ShouldBe(1);
    }

    [Fact]
    public async Task Bad_input_is_a_problem_naming_each_field()
    {
        var manager = await api.SignInAsNewUserAsync(Roles.Manager);

        await (await manager.Http.PostAsJsonAsync(PsaApi.Projects, new { code = "BAD", name = "x", clientName = "c", startsOn = "2026-05-01", dueOn = "2026-04-01" }))
            .ShouldBeProblem(HttpStatusCode.UnprocessableEntity, "dueOn");
        await (await manager.Http.PostAsJsonAsync(PsaApi.Projects, new { code = "no spaces", name = "", clientName = "c", budgetHours = -1 }))
            .ShouldBeProblem(HttpStatusCode.BadRequest, "code", "name", "budgetHours");
    }

    [Fact]
    public async Task Only_managers_create_projects()
    {
        var member = await api.SignInAsNewUserAsync(Roles.Member);
        var client = await api.SignInAsNewUserAsync(Roles.Client);

        await (await member.Http.PostAsJsonAsync(PsaApi.Projects, PsaApi.NewProject("NOPE"))).ShouldBeProblem(HttpStatusCode.Forbidden);
        await (await client.Http.PostAsJsonAsync(PsaApi.Projects, PsaApi.NewProject("NOPE"))).ShouldBeProblem(HttpStatusCode.Forbidden);
        (await api.ScalarAsync<long>("SELECT count(*) FROM psa.mt_doc_project WHERE code = 'NOPE'")).ShouldBe(0);
    }
}
