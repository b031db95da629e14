using System.Net;
using OpsPlatform.Identity.Contracts;

namespace OpsPlatform.Modules.Janitorial.Tests.Inventory.ConsumeSupplyItem;

public sealed class ConsumeSupplyItemTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    private Task<long> BelowReorderEvents(Guid item) =>
        api.ScalarAsync<long>("SELECT count(*) FROM janitorial.live_events WHERE message_type = 'janitorial.supply-below-reorder-level' AND payload->>'inventoryItemId' = $1", item.ToString());

    [Fact]
    public async Task Fifty_concurrent_consumptions_lose_no_update_never_go_below_zero_and_refuse_the_one_too_many()
    {
        var crew = await CrewAtSite.CreateAsync(api);
        var item = await crew.Manager.NewItemId(crew.SiteId, quantity: 49, reorderLevel: 10);

        var responses = await Task.WhenAll(Enumerable.Range(0, 50).Select(_ => crew.Technician.Http.Consume(item, 1)));

        responses.Count(r => r.StatusCode == HttpStatusCode.OK).ShouldBe(49);
        var refused = responses.Single(r => r.StatusCode != HttpStatusCode.OK);
        await refused.ShouldBeProblem(HttpStatusCode.Conflict, "quantity");
        (await api.ScalarAsync<decimal>("SELECT quantity_on_hand FROM janitorial.mt_doc_supply_item WHERE id = $1", item)).ShouldBe(0);
        (await api.ScalarAsync<int>("SELECT version::int FROM janitorial.mt_streams WHERE id = $1", item)).ShouldBe(50);
        // The ledger: the opening stock and the 49 consumptions, nothing for the refused one.
        (await api.ScalarAsync<long>("SELECT count(*) FROM janitorial.mt_events WHERE stream_id = $1 AND type = 'consumed'", item)).ShouldBe(49);
        (await BelowReorderEvents(item)).ShouldBe(1);
    }

    [Fact]
    public async Task The_reorder_event_is_raised_once_per_crossing_not_on_every_consumption()
    {
        var crew = await CrewAtSite.CreateAsync(api);
        var item = await crew.Manager.NewItemId(crew.SiteId, quantity: 12, reorderLevel: 10);

        await (await crew.Technician.Http.Consume(item, 2)).ShouldHaveStatus(HttpStatusCode.OK); // 10: at the level, not below
        (await BelowReorderEvents(item)).ShouldBe(0);
        var crossed = await (await crew.Technician.Http.Consume(item, 1)).ShouldHaveStatus(HttpStatusCode.OK); // 9: crossed
        crossed.GetProperty("belowReorderLevel").GetBoolean().ShouldBeTrue();
        await (await crew.Technician.Http.Consume(item, 3)).ShouldHaveStatus(HttpStatusCode.OK); // 6: still below
        (await BelowReorderEvents(item)).ShouldBe(1);

        await (await crew.Manager.Restock(item, 10)).ShouldHaveStatus(HttpStatusCode.OK); // 16
        await (await crew.Technician.Http.Consume(item, 7)).ShouldHaveStatus(HttpStatusCode.OK); // 9: crossed again
        (await BelowReorderEvents(item)).ShouldBe(2);

        var payload = System.Text.Json.JsonDocument.Parse((await api.ScalarAsync<string>(
            "SELECT payload::text FROM janitorial.live_events WHERE payload->>'inventoryItemId' = $1 ORDER BY recorded_at DESC, id DESC LIMIT 1", item.ToString()))!).RootElement;
        payload.GetProperty("quantityOnHand").GetDecimal().ShouldBe(9);
        payload.GetProperty("reorderLevel").GetDecimal().ShouldBe(10);
        payload.GetProperty("sku").GetString().ShouldNotBeNullOrEmpty();
    }

    [Fact]
    public async Task Consuming_more_than_is_on_hand_is_a_409_saying_how_much_there_is_and_changes_nothing()
    {
        var crew = await CrewAtSite.CreateAsync(api);
        var item = await crew.Manager.NewItemId(crew.SiteId, quantity: 3);

        var problem = await (await crew.Technician.Http.Consume(item, 3.5m)).ShouldBeProblem(HttpStatusCode.Conflict, "quantity");

        problem.GetProperty("quantityOnHand").GetDecimal().ShouldBe(3);
        (await api.ScalarAsync<int>("SELECT version::int FROM janitorial.mt_streams WHERE id = $1", item)).ShouldBe(1);
    }

    [Fact]
    public async Task A_technician_of_another_site_gets_404_and_clients_or_inspectors_403()
    {
        var crew = await CrewAtSite.CreateAsync(api);
        var item = await crew.Manager.NewItemId(crew.SiteId);
        var elsewhere = await CrewAtSite.CreateAsync(api);
        var inspector = await crew.AddMemberAsync(api, Roles.Inspector);
        var client = await crew.AddMemberAsync(api, Roles.Client);

        await (await elsewhere.Technician.Http.Consume(item, 1)).ShouldBeProblem(HttpStatusCode.NotFound);
        await (await inspector.Http.Consume(item, 1)).ShouldBeProblem(HttpStatusCode.Forbidden);
        await (await client.Http.Consume(item, 1)).ShouldBeProblem(HttpStatusCode.Forbidden);
        (await api.ScalarAsync<decimal>("SELECT quantity_on_hand FROM janitorial.mt_doc_supply_item WHERE id = $1", item)).ShouldBe(20);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(0.001)]
    public async Task A_quantity_that_is_not_positive_with_two_decimals_is_named_in_a_400(decimal quantity)
    {
        var crew = await CrewAtSite.CreateAsync(api);
        var item = await crew.Manager.NewItemId(crew.SiteId);

        await (await crew.Technician.Http.Consume(item, quantity)).ShouldBeProblem(HttpStatusCode.BadRequest, "quantity");
    }
}
