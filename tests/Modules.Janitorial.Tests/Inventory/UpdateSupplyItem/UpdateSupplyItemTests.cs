using System.Net;
using System.Net.Http.Json;

namespace OpsPlatform.Modules.Janitorial.Tests.Inventory.UpdateSupplyItem;

public sealed class UpdateSupplyItemTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    private static object Change(decimal reorderLevel, int version) =>
        new { itemName = "Floor cleaner XL", sku = "FLR-XL", category = "chemicals", reorderLevel, unit = "litre", unitCost = 6m, version };

    [Fact]
    public async Task Raising_the_reorder_level_above_the_stock_is_a_crossing_and_raises_the_event_once()
    {
        var crew = await CrewAtSite.CreateAsync(api);
        var item = await crew.Manager.NewItemId(crew.SiteId, quantity: 8, reorderLevel: 5);

        var body = await (await crew.Manager.PutAsJsonAsync($"{JanitorialApi.Inventory}/{item}", Change(10, 1))).ShouldHaveStatus(HttpStatusCode.OK);
        await (await crew.Manager.PutAsJsonAsync($"{JanitorialApi.Inventory}/{item}", Change(12, 2))).ShouldHaveStatus(HttpStatusCode.OK);

        body.GetProperty("belowReorderLevel").GetBoolean().ShouldBeTrue();
        body.GetProperty("quantityOnHand").GetDecimal().ShouldBe(8);
        (await api.ScalarAsync<long>("SELECT count(*) FROM janitorial.live_events WHERE payload->>'inventoryItemId' = $1", item.ToString())).ShouldBe(1);
    }

    [Fact]
    public async Task A_version_older_than_a_consumption_is_a_409()
    {
        var crew = await CrewAtSite.CreateAsync(api);
        var item = await crew.Manager.NewItemId(crew.SiteId);
        await (await crew.Technician.Http.Consume(item, 1)).ShouldHaveStatus(HttpStatusCode.OK);

        await (await crew.Manager.PutAsJsonAsync($"{JanitorialApi.Inventory}/{item}", Change(5, 1))).ShouldBeProblem(HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task A_technician_may_not_change_an_item()
    {
        var crew = await CrewAtSite.CreateAsync(api);
        var item = await crew.Manager.NewItemId(crew.SiteId);

        await (await crew.Technician.Http.PutAsJsonAsync($"{JanitorialApi.Inventory}/{item}", Change(5, 1))).ShouldBeProblem(HttpStatusCode.Forbidden);
    }
}
