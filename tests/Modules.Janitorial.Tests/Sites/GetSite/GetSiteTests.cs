using System.Net;
using OpsPlatform.Identity.Contracts;

namespace OpsPlatform.Modules.Janitorial.Tests.Sites.GetSite;

public sealed class GetSiteTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    [Fact]
    public async Task A_manager_sees_the_site_with_its_members()
    {
        var manager = await api.SignInAsNewUserAsync(Roles.Manager);
        var technician = await api.SignInAsNewUserAsync(Roles.Technician);
        var siteId = await manager.Http.NewSiteId();
        await manager.Http.Assign(siteId, technician.UserId, "technician");

        var body = await (await manager.Http.GetAsync($"{JanitorialApi.Sites}/{siteId}")).ShouldHaveStatus(HttpStatusCode.OK);

        var member = body.GetProperty("members").EnumerateArray().ShouldHaveSingleItem();
        member.GetProperty("userId").GetGuid().ShouldBe(technician.UserId);
        member.GetProperty("role").GetString().ShouldBe("technician");
    }

    [Fact]
    public async Task An_assigned_client_reads_the_summary_without_the_member_list()
    {
        var manager = await api.SignInAsNewUserAsync(Roles.Manager);
        var client = await api.SignInAsNewUserAsync(Roles.Client);
        var siteId = await manager.Http.NewSiteId();
        await manager.Http.Assign(siteId, client.UserId, "client");

        var body = await (await client.Http.GetAsync($"{JanitorialApi.Sites}/{siteId}")).ShouldHaveStatus(HttpStatusCode.OK);

        body.GetProperty("id").GetGuid().ShouldBe(siteId);
        body.GetProperty("members").ValueKind.ShouldBe(System.Text.Json.JsonValueKind.Null);
    }

    [Theory]
    [InlineData(Roles.Client)]
    [InlineData(Roles.Technician)]
    [InlineData(Roles.Inspector)]
    public async Task A_site_the_caller_is_not_assigned_to_is_a_404(string role)
    {
        var manager = await api.SignInAsNewUserAsync(Roles.Manager);
        var outsider = await api.SignInAsNewUserAsync(role);
        var otherSite = await manager.Http.NewSiteId();
        await manager.Http.Assign(await manager.Http.NewSiteId(), outsider.UserId, role);

        var response = await outsider.Http.GetAsync($"{JanitorialApi.Sites}/{otherSite}");

        await response.ShouldBeProblem(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task An_unknown_site_is_a_404()
    {
        var manager = await api.SignInAsNewUserAsync(Roles.Manager);

        await (await manager.Http.GetAsync($"{JanitorialApi.Sites}/{Guid.NewGuid()}")).ShouldBeProblem(HttpStatusCode.NotFound);
    }
}
