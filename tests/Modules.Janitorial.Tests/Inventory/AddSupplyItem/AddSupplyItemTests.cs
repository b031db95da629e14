using System.Net;
using System.Net.Http.Json;
using OpsPlatform.Identity.Contracts;

namespace OpsPlatform.Modules.Janitorial.Tests.Inventory.AddSupplyItem;

public sealed class AddSupplyItemTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    [Fact]
    public async Task A_manager_stocks_an_item_at_a_site()
    {
        var crew = await CrewAtSite.CreateAsync(api);

        var response = await crew.Manager.PostAsJsonAsync(JanitorialApi.Inventory, JanitorialApi.NewItem(crew.SiteId, "FLR-1", quantity: 12.5m, reorderLevel: 4));

        var body = await response.ShouldHaveStatus(HttpStatusCode.Created);
        body.GetProperty("quantityOnHand").GetDecimal().ShouldBe(12.5m);
        body.GetProperty("belowReorderLevel").GetBoolean().ShouldBeFalse();
        body.GetProperty("unitCost").GetDecimal().ShouldBe(4.5m);
        body.GetProperty("lastRestockedAt").ValueKind.ShouldNotBe(System.Text.Json.JsonValueKind.Null);
        (await api.ScalarAsync<decimal>("SELECT quantity_on_hand FROM janitorial.mt_doc_supply_item WHERE id = $1", body.GetProperty("id").GetGuid())).ShouldBe(12.5m);
    }

    [Fact]
    public async Task A_sku_is_unique_per_site_only()
    {
        var crew = await CrewAtSite.CreateAsync(api);
        var otherSite = await crew.Manager.NewSiteId();
        await crew.Manager.NewItemId(crew.SiteId, sku: "SKU-SAME");

        await (await crew.Manager.PostAsJsonAsync(JanitorialApi.Inventory, JanitorialApi.NewItem(crew.SiteId, "SKU-SAME"))).ShouldBeProblem(HttpStatusCode.Conflict, "siteId", "sku");
        await (await crew.Manager.PostAsJsonAsync(JanitorialApi.Inventory, JanitorialApi.NewItem(otherSite, "SKU-SAME"))).ShouldHaveStatus(HttpStatusCode.Created);
    }

    [Fact]
    public async Task Negative_or_missing_quantities_are_named_in_a_400_and_an_unknown_site_is_a_404()
    {
        var crew = await CrewAtSite.CreateAsync(api);

        await (await crew.Manager.PostAsJsonAsync(JanitorialApi.Inventory, JanitorialApi.NewItem(crew.SiteId, quantity: -1, reorderLevel: -2)))
            .ShouldBeProblem(HttpStatusCode.BadRequest, "quantityOnHand", "reorderLevel");
        await (await crew.Manager.PostAsJsonAsync(JanitorialApi.Inventory, new { siteId = crew.SiteId }))
            .ShouldBeProblem(HttpStatusCode.BadRequest, "itemName", "sku", "category", "quantityOnHand", "reorderLevel", "unit");
        await (await crew.Manager.PostAsJsonAsync(JanitorialApi.Inventory, JanitorialApi.NewItem(Guid.NewGuid()))).ShouldBeProblem(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task An_assigned_technician_may_not_stock_items()
    {
        var crew = await CrewAtSite.CreateAsync(api);

        await (await crew.Technician.Http.PostAsJsonAsync(JanitorialApi.Inventory, JanitorialApi.NewItem(crew.SiteId))).ShouldBeProblem(HttpStatusCode.Forbidden);
    }
}
