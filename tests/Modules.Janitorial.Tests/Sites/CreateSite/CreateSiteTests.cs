using System.Net;
using System.Net.Http.Json;
using OpsPlatform.Identity.Contracts;

namespace OpsPlatform.Modules.Janitorial.Tests.Sites.CreateSite;

public sealed class CreateSiteTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    [Fact]
    public async Task A_manager_creates_an_active_site_with_the_service_levels_default_threshold()
    {
        var manager = await api.SignInAsNewUserAsync(Roles.Manager);

        var response = await manager.Http.CreateSite(JanitorialApi.NewSite("HQ-1", serviceLevel: "premium"));

        var body = await response.ShouldHaveStatus(HttpStatusCode.Created);
        var id = body.GetProperty("id").GetGuid();
        response.Headers.Location!.ToString().ShouldBe($"/api/janitorial/sites/{id}");
        body.GetProperty("active").GetBoolean().ShouldBeTrue();
        body.GetProperty("passThreshold").GetInt32().ShouldBe(90);
        body.GetProperty("clientSeesInspections").GetBoolean().ShouldBeFalse();
        body.GetProperty("timeZone").GetString().ShouldBe("UTC");
        (await api.ScalarAsync<string>("SELECT service_level FROM janitorial.mt_doc_client_site WHERE id = $1", id)).ShouldBe("Premium");
    }

    [Fact]
    public async Task An_explicit_threshold_wins_over_the_default()
    {
        var manager = await api.SignInAsNewUserAsync(Roles.Admin);

        var body = await (await manager.Http.CreateSite(JanitorialApi.NewSite(serviceLevel: "basic", passThreshold: 55)))
            .ShouldHaveStatus(HttpStatusCode.Created);

        body.GetProperty("passThreshold").GetInt32().ShouldBe(55);
    }

    [Fact]
    public async Task A_duplicate_site_code_is_a_409_naming_the_field_and_stores_nothing()
    {
        var manager = await api.SignInAsNewUserAsync(Roles.Manager);
        await manager.Http.NewSiteId("DUP-1");

        var response = await manager.Http.CreateSite(JanitorialApi.NewSite("DUP-1"));

        await response.ShouldBeProblem(HttpStatusCode.Conflict, "siteCode");
        (await api.ScalarAsync<long>("SELECT count(*) FROM janitorial.mt_doc_client_site WHERE site_code = 'DUP-1'")).ShouldBe(1);
    }

    [Fact]
    public async Task Missing_fields_are_each_named_in_a_400()
    {
        var manager = await api.SignInAsNewUserAsync(Roles.Manager);

        var response = await manager.Http.PostAsJsonAsync(JanitorialApi.Sites, new { siteName = "Acme HQ" });

        await response.ShouldBeProblem(HttpStatusCode.BadRequest, "siteCode", "address", "clientName", "serviceLevel", "primaryContactId");
    }

    [Theory]
    [InlineData("passThreshold", 101)]
    [InlineData("timeZone", "Mars/Olympus")]
    [InlineData("siteCode", "has spaces")]
    [InlineData("serviceLevel", "gold")]
    public async Task Out_of_range_values_are_named_in_a_400(string field, object value)
    {
        var manager = await api.SignInAsNewUserAsync(Roles.Manager);
        var body = System.Text.Json.JsonSerializer.SerializeToNode(JanitorialApi.NewSite())!.AsObject();
        body[field] = System.Text.Json.JsonSerializer.SerializeToNode(value);

        var response = await manager.Http.PostAsJsonAsync(JanitorialApi.Sites, body);

        await response.ShouldBeProblem(HttpStatusCode.BadRequest, field);
    }

    [Theory]
    [InlineData(Roles.Technician)]
    [InlineData(Roles.Inspector)]
    [InlineData(Roles.Client)]
    public async Task Only_managers_and_admins_create_sites(string role)
    {
        var caller = await api.SignInAsNewUserAsync(role);

        var response = await caller.Http.CreateSite(JanitorialApi.NewSite());

        await response.ShouldBeProblem(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task An_anonymous_caller_gets_401()
    {
        var response = await api.CreateClient().CreateSite(JanitorialApi.NewSite());

        await response.ShouldBeProblem(HttpStatusCode.Unauthorized);
    }
}
