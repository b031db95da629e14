using System.Net;

namespace OpsPlatform.Modules.Janitorial.Tests.Inventory.ListReorderItems;

public sealed class ListReorderItemsTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    [Fact]
    public async Task The_reorder_list_gathers_items_below_their_level_across_sites_with_the_shortfall()
    {
        var first = await CrewAtSite.CreateAsync(api);
        var secondSite = await first.Manager.NewSiteId();
        var lowHere = await first.Manager.NewItemId(first.SiteId, quantity: 1, reorderLevel: 4);
        var lowThere = await first.Manager.NewItemId(secondSite, quantity: 0, reorderLevel: 2);
        await first.Manager.NewItemId(first.SiteId, quantity: 9, reorderLevel: 4);

        var body = await (await first.Manager.GetAsync($"{JanitorialApi.Inventory}/reorder?sort=quantityOnHand&pageSize=100")).ShouldHaveStatus(HttpStatusCode.OK);

        body.Ids().ShouldBe([lowThere, lowHere]);
        var here = body.Items().Single(i => i.GetProperty("id").GetGuid() == lowHere);
        here.GetProperty("shortfall").GetDecimal().ShouldBe(3);
        here.GetProperty("siteCode").GetString().ShouldNotBeNullOrEmpty();
        (await (await first.Manager.GetAsync($"{JanitorialApi.Inventory}/reorder?siteId={secondSite}")).ShouldHaveStatus(HttpStatusCode.OK)).Ids().ShouldBe([lowThere]);
    }

    [Fact]
    public async Task Technicians_may_not_read_the_reorder_list()
    {
        var crew = await CrewAtSite.CreateAsync(api);

        await (await crew.Technician.Http.GetAsync($"{JanitorialApi.Inventory}/reorder")).ShouldBeProblem(HttpStatusCode.Forbidden);
    }
}
