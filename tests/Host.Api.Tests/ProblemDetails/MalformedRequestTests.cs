using System.Net;
using System.Net.Http.Json;
using System.Text;
using OpsPlatform.Identity.Contracts;

namespace OpsPlatform.Host.Api.Tests.ProblemDetails;

/// <summary>Bad input of every kind gets a precise problem-details answer, never a 500.</summary>
public sealed class MalformedRequestTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    private const string Route = "/api/maintenance/equipment";

    private async Task<HttpClient> Manager() => (await api.SignInAsNewUserAsync(Roles.Manager)).Http;

    private static StringContent Json(string body) => new(body, Encoding.UTF8, "application/json");

    [Fact]
    public async Task Malformed_json_is_a_400_problem()
    {
        var response = await (await Manager()).PostAsync(Route, Json("{\"name\": \"Boiler\", "));

        var problem = await response.ShouldBeProblem(HttpStatusCode.BadRequest);
        problem.GetProperty("detail").GetString()!.ShouldNotBeNullOrWhiteSpace();
    }

    [Fact]
    public async Task A_value_of_the_wrong_type_is_a_400_naming_the_field()
    {
        var response = await (await Manager()).PostAsync(Route, Json("""{"name":"Boiler","type":42,"serialNumber":"S","location":"L"}"""));

        await response.ShouldBeProblem(HttpStatusCode.BadRequest, "type");
    }

    [Fact]
    public async Task An_unknown_field_is_a_400_naming_it_instead_of_being_ignored()
    {
        var response = await (await Manager()).PostAsync(Route, Json("""{"name":"Boiler","type":"b","serialNumber":"S","location":"L","serial":"typo"}"""));

        await response.ShouldBeProblem(HttpStatusCode.BadRequest, "serial");
    }

    [Fact]
    public async Task An_unknown_enum_option_is_a_400_naming_the_field()
    {
        var manager = await Manager();
        var created = await (await manager.PostAsJsonAsync(Route, new { name = "B", type = "b", serialNumber = $"S-{Guid.NewGuid():N}", location = "L" })).ShouldHaveStatus(HttpStatusCode.Created);

        var response = await manager.PutAsync($"{Route}/{created.GetProperty("id").GetGuid()}",
            Json("""{"name":"B","type":"b","serialNumber":"S-X","location":"L","status":"exploded","version":1}"""));

        await response.ShouldBeProblem(HttpStatusCode.BadRequest, "status");
    }

    [Fact]
    public async Task Missing_fields_are_each_named()
    {
        var response = await api.CreateClient().PostAsync("/api/auth/sign-up", Json("{}"));

        await response.ShouldBeProblem(HttpStatusCode.BadRequest, "email", "password", "displayName");
    }

    [Fact]
    public async Task An_empty_body_is_a_400_problem()
    {
        var response = await (await Manager()).PostAsync(Route, Json(""));

        await response.ShouldBeProblem(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task An_oversized_body_is_a_413_problem_and_stores_nothing()
    {
        var huge = new string('x', 1_100_000);
        var response = await (await Manager()).PostAsync(Route, Json($$"""{"name":"{{huge}}","type":"b","serialNumber":"BIG","location":"L"}"""));

        await response.ShouldBeProblem(HttpStatusCode.RequestEntityTooLarge);
        (await api.ScalarAsync<long>("SELECT count(*) FROM maintenance.mt_doc_equipment WHERE serial_number = 'BIG'")).ShouldBe(0);
    }

    [Fact]
    public async Task A_non_json_content_type_is_a_415_problem()
    {
        var response = await (await Manager()).PostAsync(Route, new StringContent("name=Boiler", Encoding.UTF8, "text/plain"));

        await response.ShouldBeProblem(HttpStatusCode.UnsupportedMediaType);
    }

    [Theory]
    [InlineData("/api/maintenance/nothing-here", HttpStatusCode.NotFound)]
    [InlineData("/api/maintenance/equipment/not-a-guid", HttpStatusCode.NotFound)]
    public async Task Unknown_routes_are_404_problems(string path, HttpStatusCode status)
    {
        await (await (await Manager()).GetAsync(path)).ShouldBeProblem(status);
    }

    [Fact]
    public async Task A_wrong_method_is_a_405_problem()
    {
        await (await (await Manager()).DeleteAsync(Route)).ShouldBeProblem(HttpStatusCode.MethodNotAllowed);
    }

    [Theory]
    [InlineData("page=99999999999", "page")]
    [InlineData("pageSize=-5", "pageSize")]
    [InlineData("type=" + "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", "type")]
    public async Task Out_of_range_query_values_are_400s_naming_the_parameter(string query, string field)
    {
        await (await (await Manager()).GetAsync($"{Route}?{query}")).ShouldBeProblem(HttpStatusCode.BadRequest, field);
    }
}
