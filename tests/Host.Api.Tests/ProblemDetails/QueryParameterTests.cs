using System.Net;
using OpsPlatform.Identity.Contracts;

namespace OpsPlatform.Host.Api.Tests.ProblemDetails;

/// <summary>Every endpoint refuses query parameters it does not bind, so a typo never silently returns everything.</summary>
public sealed class QueryParameterTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    private async Task<HttpClient> Admin() => (await api.SignInAsNewUserAsync(Roles.Admin, Roles.Manager)).Http;

    [Theory]
    [InlineData("/api/maintenance/work-orders?limit=abc", "limit")]
    [InlineData("/api/maintenance/work-orders?where=%7B%22status%22%3A%22open%22%7D", "where")]
    [InlineData("/api/maintenance/equipment?page=1&pagesize=5&per_page=5", "per_page")]
    [InlineData("/api/janitorial/schedules?site=x", "site")]
    [InlineData("/api/it-assets/hardware?offset=10", "offset")]
    [InlineData("/api/psa/projects?total=true", "total")]
    [InlineData("/api/auth/users?sort=email", "sort")]
    [InlineData("/api/admin/bus/dead-letters?status=failed", "status")]
    [InlineData("/api/maintenance/reports/overdue?from=2026-01-01", "from")]
    [InlineData("/api/auth/me?verbose=1", "verbose")]
    public async Task An_unknown_query_parameter_is_a_400_naming_it(string url, string parameter)
    {
        var problem = await (await (await Admin()).GetAsync(url)).ShouldBeProblem(HttpStatusCode.BadRequest, parameter);

        problem.GetProperty("errors").EnumerateObject().Select(e => e.Name).ShouldBe([parameter]);
    }

    [Fact]
    public async Task The_error_lists_the_parameters_the_endpoint_takes()
    {
        var problem = await (await (await Admin()).GetAsync("/api/maintenance/technicians?limit=5")).ShouldBeProblem(HttpStatusCode.BadRequest, "limit");

        problem.GetProperty("errors").GetProperty("limit")[0].GetString()
            .ShouldBe("'limit' is not a parameter of this endpoint. Allowed: active, skill, page, pageSize, sort, count.");
    }

    [Fact]
    public async Task A_delete_accepts_its_version_and_nothing_else()
    {
        var admin = await Admin();

        await (await admin.DeleteAsync($"/api/maintenance/equipment/{Guid.NewGuid()}?version=1")).ShouldBeProblem(HttpStatusCode.NotFound);
        await (await admin.DeleteAsync($"/api/maintenance/equipment/{Guid.NewGuid()}?version=1&force=true")).ShouldBeProblem(HttpStatusCode.BadRequest, "force");
    }

    [Fact]
    public async Task Known_parameters_bind_in_any_case_as_binding_does()
    {
        var page = await (await (await Admin()).GetAsync("/api/maintenance/equipment?PageSize=3&page=1")).ShouldHaveStatus(HttpStatusCode.OK);

        page.GetProperty("pageSize").GetInt32().ShouldBe(3);
    }

    [Fact]
    public async Task A_caller_who_is_not_signed_in_gets_401_not_a_list_of_parameters()
    {
        var response = await api.CreateClient().GetAsync("/api/maintenance/work-orders?limit=5");

        response.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Theory]
    [InlineData("/api/maintenance/work-orders?q=boiler%00", "q")]
    [InlineData("/api/maintenance/equipment?type=pump%00", "type")]
    [InlineData("/api/auth/users?search=%00", "search")]
    public async Task A_nul_character_in_a_query_value_is_a_400_naming_the_parameter(string url, string parameter)
    {
        var problem = await (await (await Admin()).GetAsync(url)).ShouldBeProblem(HttpStatusCode.BadRequest, parameter);

        problem.GetProperty("errors").GetProperty(parameter)[0].GetString()!.ShouldContain("NUL");
    }
}
