using System.Net;
using OpsPlatform.Identity.Contracts;

namespace OpsPlatform.Modules.Psa.Tests.Projects;

public sealed class ListProjectsTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    [Fact]
    public async Task Lists_filter_by_status_and_owner_page_with_has_more_and_refuse_unknown_sorts_and_parameters()
    {
        var manager = await api.SignInAsNewUserAsync(Roles.Manager);
        for (var i = 0; i < 3; i++) await manager.Http.CreateProjectAsync();

        (await (await manager.Http.GetAsync($"{PsaApi.Projects}?ownerId={manager.UserId}&status=active")).ShouldHaveStatus(HttpStatusCode.OK)).ShouldListExactly(0);
        var page = await (await manager.Http.GetAsync($"{PsaApi.Projects}?ownerId={manager.UserId}&status=planned&pageSize=2&count=true")).ShouldHaveStatus(HttpStatusCode.OK);
        page.GetProperty("items").GetArrayLength().ShouldBe(2);
        page.GetProperty("hasMore").GetBoolean().ShouldBeTrue();
        page.GetProperty("totalItems").GetInt64().ShouldBe(3);
        await (await manager.Http.GetAsync($"{PsaApi.Projects}?sort=budget")).ShouldBeProblem(HttpStatusCode.BadRequest, "sort");
        await (await manager.Http.GetAsync($"{PsaApi.Projects}?managerId={manager.UserId}")).ShouldBeProblem(HttpStatusCode.BadRequest, "managerId");
        await (await manager.Http.GetAsync($"{PsaApi.Projects}?status=paused")).ShouldBeProblem(HttpStatusCode.BadRequest);
    }
}
