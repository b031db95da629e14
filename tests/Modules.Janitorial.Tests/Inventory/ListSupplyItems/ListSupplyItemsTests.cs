using System.Net;
using System.Text.Json;
using OpsPlatform.Identity.Contracts;

namespace OpsPlatform.Modules.Janitorial.Tests.Inventory.ListSupplyItems;

public sealed class ListSupplyItemsTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    [Fact]
    public async Task Site_staff_see_their_sites_stock_without_its_cost()
    {
        var crew = await CrewAtSite.CreateAsync(api);
        var item = await crew.Manager.NewItemId(crew.SiteId);
        var elsewhere = await CrewAtSite.CreateAsync(api);
        var otherItem = await elsewhere.Manager.NewItemId(elsewhere.SiteId);

        var body = await (await crew.Technician.Http.GetAsync($"{JanitorialApi.Inventory}/{item}")).ShouldHaveStatus(HttpStatusCode.OK);
        body.GetProperty("unitCost").ValueKind.ShouldBe(JsonValueKind.Null);
        (await (await crew.Technician.Http.GetAsync(JanitorialApi.Inventory)).ShouldHaveStatus(HttpStatusCode.OK)).Ids().ShouldBe([item]);
        await (await crew.Technician.Http.GetAsync($"{JanitorialApi.Inventory}/{otherItem}")).ShouldBeProblem(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Each_item_carries_its_site_name()
    {
        var crew = await CrewAtSite.CreateAsync(api);
        await crew.Manager.NewItemId(crew.SiteId);

        var body = await (await crew.Manager.GetAsync($"{JanitorialApi.Inventory}?siteId={crew.SiteId}")).ShouldHaveStatus(HttpStatusCode.OK);

        body.Items().Single().GetProperty("siteName").GetString().ShouldBe("Acme HQ");
    }

    [Fact]
    public async Task A_client_never_sees_inventory_even_at_their_own_site()
    {
        var crew = await CrewAtSite.CreateAsync(api);
        var client = await crew.AddMemberAsync(api, Roles.Client);
        var item = await crew.Manager.NewItemId(crew.SiteId);

        await (await client.Http.GetAsync($"{JanitorialApi.Inventory}/{item}")).ShouldBeProblem(HttpStatusCode.NotFound);
        (await (await client.Http.GetAsync(JanitorialApi.Inventory)).ShouldHaveStatus(HttpStatusCode.OK)).Ids().ShouldBeEmpty();
    }

    [Fact]
    public async Task Low_stock_only_lists_the_items_below_their_reorder_level()
    {
        var crew = await CrewAtSite.CreateAsync(api);
        var low = await crew.Manager.NewItemId(crew.SiteId, quantity: 2, reorderLevel: 5);
        await crew.Manager.NewItemId(crew.SiteId, quantity: 5, reorderLevel: 5);

        var body = await (await crew.Manager.GetAsync($"{JanitorialApi.Inventory}?siteId={crew.SiteId}&lowStockOnly=true&sort=-quantityOnHand")).ShouldHaveStatus(HttpStatusCode.OK);

        body.Ids().ShouldBe([low]);
        body.Items().Single().GetProperty("belowReorderLevel").GetBoolean().ShouldBeTrue();
    }

    [Theory]
    [InlineData("sort=unitCost", "sort")]
    [InlineData("lowStockOnly=yes", "lowStockOnly")]
    [InlineData("siteId=abc", "siteId")]
    public async Task Bad_filters_are_named_in_a_400(string query, string field)
    {
        var manager = await api.SignInAsNewUserAsync(Roles.Manager);

        await (await manager.Http.GetAsync($"{JanitorialApi.Inventory}?{query}")).ShouldBeProblem(HttpStatusCode.BadRequest, field);
    }
}
