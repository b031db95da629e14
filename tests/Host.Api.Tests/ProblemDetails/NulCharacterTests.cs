using System.Net;
using System.Text;
using OpsPlatform.Identity.Contracts;

namespace OpsPlatform.Host.Api.Tests.ProblemDetails;

/// <summary>PostgreSQL text cannot hold U+0000: a body carrying one is a 400 naming the field, and nothing is stored.</summary>
public sealed class NulCharacterTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    private static StringContent Json(string body) => new(body, Encoding.UTF8, "application/json");

    [Theory]
    [InlineData("/api/maintenance/equipment", """{"name":"Boiler\u0000","type":"b","serialNumber":"NUL-1","location":"L"}""", "name")]
    [InlineData("/api/maintenance/work-orders", """{"title":"Leak","description":"d","priority":"low","siteId":"6f1c1e8e-3b0f-4a56-9f4c-1a2b3c4d5e6f","requiredSkills":["ok","bad\u0000"]}""", "requiredSkills[1]")]
    [InlineData("/api/maintenance/technicians", """{"name":"Alex","skills":[{"name":"hv\u0000ac","level":2}]}""", "skills[0].name")]
    [InlineData("/api/janitorial/sites", """{"siteName":"S","siteCode":"NUL-1","address":"\u0000","clientName":"C","serviceLevel":"basic"}""", "address")]
    [InlineData("/api/psa/projects", """{"code":"NUL-P","name":"P\u0000","clientName":"C"}""", "name")]
    public async Task A_nul_character_in_a_body_field_is_a_400_naming_the_field(string route, string body, string field)
    {
        var manager = (await api.SignInAsNewUserAsync(Roles.Manager)).Http;

        var problem = await (await manager.PostAsync(route, Json(body))).ShouldBeProblem(HttpStatusCode.BadRequest, field);

        problem.GetProperty("errors").GetProperty(field)[0].GetString().ShouldBe($"'{field}' contains a NUL character (U+0000), which text fields cannot hold.");
    }

    [Fact]
    public async Task Nothing_is_stored()
    {
        var manager = (await api.SignInAsNewUserAsync(Roles.Manager)).Http;

        await (await manager.PostAsync("/api/maintenance/equipment", Json("""{"name":"Chiller","type":"b","serialNumber":"NUL-STORED\u0000","location":"L"}""")))
            .ShouldBeProblem(HttpStatusCode.BadRequest, "serialNumber");

        (await api.ScalarAsync<long>("SELECT count(*) FROM maintenance.mt_doc_equipment WHERE name = 'Chiller'")).ShouldBe(0);
    }

    [Fact]
    public async Task Sign_in_with_a_nul_character_is_a_400_not_a_500()
    {
        var response = await api.CreateClient().PostAsync("/api/auth/login", Json("""{"email":"a\u0000@x.test","password":"p"}"""));

        await response.ShouldBeProblem(HttpStatusCode.BadRequest, "email");
    }
}
