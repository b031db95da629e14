using System.Net;

namespace OpsPlatform.Modules.Janitorial.Tests.Inventory.RestockSupplyItem;

public sealed class RestockSupplyItemTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    [Fact]
    public async Task Concurrent_restocks_all_count_and_stamp_the_restock_time()
    {
        var crew = await CrewAtSite.CreateAsync(api);
        var item = await crew.Manager.NewItemId(crew.SiteId, quantity: 0, reorderLevel: 5);

        var responses = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => crew.Manager.Restock(item, 2.5m)));

        responses.ShouldAllBe(r => r.StatusCode == HttpStatusCode.OK);
        (await api.ScalarAsync<decimal>("SELECT quantity_on_hand FROM janitorial.mt_doc_supply_item WHERE id = $1", item)).ShouldBe(50);
        (await api.ScalarAsync<bool>("SELECT data->>'LastRestockedAt' IS NOT NULL FROM janitorial.mt_doc_supply_item WHERE id = $1", item)).ShouldBeTrue();
    }

    [Fact]
    public async Task Only_managers_change_stock_by_hand_and_an_unknown_item_is_a_404()
    {
        var crew = await CrewAtSite.CreateAsync(api);
        var item = await crew.Manager.NewItemId(crew.SiteId);

        await (await crew.Technician.Http.Restock(item, 5)).ShouldBeProblem(HttpStatusCode.Forbidden);
        await (await crew.Manager.Restock(Guid.NewGuid(), 5)).ShouldBeProblem(HttpStatusCode.NotFound);
        (await api.ScalarAsync<decimal>("SELECT quantity_on_hand FROM janitorial.mt_doc_supply_item WHERE id = $1", item)).ShouldBe(20);
    }
}
