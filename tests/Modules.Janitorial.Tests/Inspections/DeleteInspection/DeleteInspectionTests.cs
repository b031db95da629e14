using System.Net;
using OpsPlatform.Identity.Contracts;

namespace OpsPlatform.Modules.Janitorial.Tests.Inspections.DeleteInspection;

public sealed class DeleteInspectionTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    [Fact]
    public async Task A_manager_deletes_an_inspection_entered_by_mistake()
    {
        var crew = await CrewAtSite.CreateAsync(api);
        var id = await crew.Manager.NewInspectionId(crew.SiteId);

        await (await crew.Manager.DeleteAsync($"{JanitorialApi.Inspections}/{id}")).ShouldHaveStatus(HttpStatusCode.NoContent);

        await (await crew.Manager.GetAsync($"{JanitorialApi.Inspections}/{id}")).ShouldBeProblem(HttpStatusCode.NotFound);
        await (await crew.Manager.DeleteAsync($"{JanitorialApi.Inspections}/{id}")).ShouldBeProblem(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task The_inspector_who_recorded_it_may_not_delete_it()
    {
        var crew = await CrewAtSite.CreateAsync(api);
        var inspector = await crew.AddMemberAsync(api, Roles.Inspector);
        var id = await inspector.Http.NewInspectionId(crew.SiteId);

        await (await inspector.Http.DeleteAsync($"{JanitorialApi.Inspections}/{id}")).ShouldBeProblem(HttpStatusCode.Forbidden);
        (await api.ScalarAsync<long>("SELECT count(*) FROM janitorial.mt_doc_site_inspection WHERE id = $1", id)).ShouldBe(1);
    }
}
