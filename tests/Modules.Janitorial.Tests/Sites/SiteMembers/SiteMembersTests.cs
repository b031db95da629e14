using System.Net;
using System.Net.Http.Json;
using OpsPlatform.Identity.Contracts;

namespace OpsPlatform.Modules.Janitorial.Tests.Sites.SiteMembers;

public sealed class SiteMembersTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    [Fact]
    public async Task Assigning_a_member_again_changes_their_role()
    {
        var manager = await api.SignInAsNewUserAsync(Roles.Manager);
        var siteId = await manager.Http.NewSiteId();
        var user = Guid.NewGuid();
        await manager.Http.Assign(siteId, user, "technician");

        await manager.Http.Assign(siteId, user, "inspector");

        (await api.ScalarAsync<string>("SELECT m->>'Role' FROM janitorial.mt_doc_client_site, jsonb_array_elements(data->'Members') m WHERE id = $1 AND m->>'UserId' = $2::text", siteId, user)).ShouldBe("Inspector");
        (await api.ScalarAsync<long>("SELECT jsonb_array_length(data->'Members')::bigint FROM janitorial.mt_doc_client_site WHERE id = $1", siteId)).ShouldBe(1);
    }

    [Fact]
    public async Task Removing_a_member_takes_the_site_away_from_them()
    {
        var manager = await api.SignInAsNewUserAsync(Roles.Manager);
        var client = await api.SignInAsNewUserAsync(Roles.Client);
        var siteId = await manager.Http.NewSiteId();
        await manager.Http.Assign(siteId, client.UserId, "client");
        await (await client.Http.GetAsync($"{JanitorialApi.Sites}/{siteId}")).ShouldHaveStatus(HttpStatusCode.OK);

        await (await manager.Http.DeleteAsync($"{JanitorialApi.Sites}/{siteId}/members/{client.UserId}")).ShouldHaveStatus(HttpStatusCode.NoContent);

        await (await client.Http.GetAsync($"{JanitorialApi.Sites}/{siteId}")).ShouldBeProblem(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_technician_with_cleanings_ahead_at_the_site_cannot_be_removed_until_they_are_cancelled()
    {
        var crew = await CrewAtSite.CreateAsync(api);
        var schedule = await crew.Manager.NewScheduleId(crew.SiteId, crew.Technician.UserId);

        await (await crew.Manager.DeleteAsync($"{JanitorialApi.Sites}/{crew.SiteId}/members/{crew.Technician.UserId}")).ShouldBeProblem(HttpStatusCode.Conflict, "userId");
        await (await crew.Manager.ChangeStatus(schedule, "cancelled")).ShouldHaveStatus(HttpStatusCode.OK);

        await (await crew.Manager.DeleteAsync($"{JanitorialApi.Sites}/{crew.SiteId}/members/{crew.Technician.UserId}")).ShouldHaveStatus(HttpStatusCode.NoContent);
    }

    [Fact]
    public async Task Removing_someone_who_is_not_a_member_is_a_404()
    {
        var manager = await api.SignInAsNewUserAsync(Roles.Manager);
        var siteId = await manager.Http.NewSiteId();

        await (await manager.Http.DeleteAsync($"{JanitorialApi.Sites}/{siteId}/members/{Guid.NewGuid()}")).ShouldBeProblem(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_missing_or_unknown_role_is_named_in_a_400()
    {
        var manager = await api.SignInAsNewUserAsync(Roles.Manager);
        var siteId = await manager.Http.NewSiteId();

        await (await manager.Http.PutAsJsonAsync($"{JanitorialApi.Sites}/{siteId}/members/{Guid.NewGuid()}", new { })).ShouldBeProblem(HttpStatusCode.BadRequest, "role");
        await (await manager.Http.PutAsJsonAsync($"{JanitorialApi.Sites}/{siteId}/members/{Guid.NewGuid()}", new { role = "janitor" })).ShouldBeProblem(HttpStatusCode.BadRequest, "role");
    }

    [Fact]
    public async Task A_technician_may_not_assign_themselves_to_a_site()
    {
        var manager = await api.SignInAsNewUserAsync(Roles.Manager);
        var technician = await api.SignInAsNewUserAsync(Roles.Technician);
        var siteId = await manager.Http.NewSiteId();

        var response = await technician.Http.PutAsJsonAsync($"{JanitorialApi.Sites}/{siteId}/members/{technician.UserId}", new { role = "technician" });

        await response.ShouldBeProblem(HttpStatusCode.Forbidden);
        (await api.ScalarAsync<long>("SELECT jsonb_array_length(data->'Members')::bigint FROM janitorial.mt_doc_client_site WHERE id = $1", siteId)).ShouldBe(0);
    }
}
