using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using OpsPlatform.Identity.Contracts;

namespace OpsPlatform.Modules.Janitorial.Tests.Sites.UpdateSite;

public sealed class UpdateSiteTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    private static JsonObject Change(int version, bool active = true, bool clientSeesInspections = true)
    {
        var body = System.Text.Json.JsonSerializer.SerializeToNode(JanitorialApi.NewSite($"UPD-{Guid.NewGuid():N}"[..12], clientSeesInspections: clientSeesInspections))!.AsObject();
        body["active"] = active;
        body["version"] = version;
        return body;
    }

    [Fact]
    public async Task A_manager_deactivates_a_site_and_grants_inspection_visibility()
    {
        var manager = await api.SignInAsNewUserAsync(Roles.Manager);
        var siteId = await manager.Http.NewSiteId();

        var body = await (await manager.Http.PutAsJsonAsync($"{JanitorialApi.Sites}/{siteId}", Change(1, active: false))).ShouldHaveStatus(HttpStatusCode.OK);

        body.GetProperty("active").GetBoolean().ShouldBeFalse();
        body.GetProperty("clientSeesInspections").GetBoolean().ShouldBeTrue();
        body.GetProperty("version").GetInt32().ShouldBe(2);
    }

    [Fact]
    public async Task A_stale_version_is_a_409_and_changes_nothing()
    {
        var manager = await api.SignInAsNewUserAsync(Roles.Manager);
        var siteId = await manager.Http.NewSiteId();
        await (await manager.Http.PutAsJsonAsync($"{JanitorialApi.Sites}/{siteId}", Change(1))).ShouldHaveStatus(HttpStatusCode.OK);

        var response = await manager.Http.PutAsJsonAsync($"{JanitorialApi.Sites}/{siteId}", Change(1, active: false));

        await response.ShouldBeProblem(HttpStatusCode.Conflict);
        (await api.ScalarAsync<bool>("SELECT active FROM janitorial.mt_doc_client_site WHERE id = $1", siteId)).ShouldBeTrue();
    }

    [Fact]
    public async Task Missing_active_and_version_are_named_in_a_400()
    {
        var manager = await api.SignInAsNewUserAsync(Roles.Manager);
        var siteId = await manager.Http.NewSiteId();

        var response = await manager.Http.PutAsJsonAsync($"{JanitorialApi.Sites}/{siteId}", JanitorialApi.NewSite());

        await response.ShouldBeProblem(HttpStatusCode.BadRequest, "active", "version");
    }

    [Fact]
    public async Task An_assigned_technician_may_not_change_the_site()
    {
        var manager = await api.SignInAsNewUserAsync(Roles.Manager);
        var technician = await api.SignInAsNewUserAsync(Roles.Technician);
        var siteId = await manager.Http.NewSiteId();
        await manager.Http.Assign(siteId, technician.UserId, "technician");

        var response = await technician.Http.PutAsJsonAsync($"{JanitorialApi.Sites}/{siteId}", Change(1));

        await response.ShouldBeProblem(HttpStatusCode.Forbidden);
    }
}
