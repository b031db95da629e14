using System.Net;

namespace OpsPlatform.Modules.Janitorial.Tests.Inventory.RemoveSupplyItem;

public sealed class RemoveSupplyItemTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    [Fact]
    public async Task A_manager_removes_an_item_and_a_second_removal_is_a_404()
    {
        var crew = await CrewAtSite.CreateAsync(api);
        var item = await crew.Manager.NewItemId(crew.SiteId);

        await (await crew.Manager.DeleteAsync($"{JanitorialApi.Inventory}/{item}")).ShouldHaveStatus(HttpStatusCode.NoContent);

        await (await crew.Manager.DeleteAsync($"{JanitorialApi.Inventory}/{item}")).ShouldBeProblem(HttpStatusCode.NotFound);
        (await api.ScalarAsync<long>("SELECT count(*) FROM janitorial.mt_doc_supply_item WHERE id = $1", item)).ShouldBe(0);
    }

    [Fact]
    public async Task A_technician_may_not_remove_stock()
    {
        var crew = await CrewAtSite.CreateAsync(api);
        var item = await crew.Manager.NewItemId(crew.SiteId);

        await (await crew.Technician.Http.DeleteAsync($"{JanitorialApi.Inventory}/{item}")).ShouldBeProblem(HttpStatusCode.Forbidden);
        (await api.ScalarAsync<long>("SELECT count(*) FROM janitorial.mt_doc_supply_item WHERE id = $1", item)).ShouldBe(1);
    }
}
