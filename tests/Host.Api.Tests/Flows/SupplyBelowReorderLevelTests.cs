using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using OpsPlatform.Identity.Contracts;

namespace OpsPlatform.Host.Api.Tests.Flows;

/// <summary>
/// Flow 3 end to end through HTTP: consuming supplies below their reorder level puts the item on the managers' reorder
/// list and streams one <c>janitorial.supply-below-reorder-level</c> event per crossing to managers on <c>/api/live</c>,
/// never to the site's crew.
/// </summary>
public sealed class SupplyBelowReorderLevelTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    private const string Stream = "/api/live?module=janitorial&type=janitorial.supply-below-reorder-level";

    [Fact]
    public async Task Falling_below_the_reorder_level_reaches_managers_on_the_reorder_list_and_the_live_stream_once_per_crossing()
    {
        var manager = await api.SignInAsNewUserAsync(Roles.Manager);
        var siteId = await manager.Http.NewSiteAsync();
        var itemId = await manager.Http.NewSupplyItemAsync(siteId, quantity: 10, reorderLevel: 4);
        await using var live = await SseClient.ConnectAsync(manager.Http, Stream);

        await manager.Http.ConsumeAsync(itemId, 7); // 10 → 3: crosses
        await manager.Http.ConsumeAsync(itemId, 1); // 3 → 2: still below, no second event
        await manager.Http.RestockAsync(itemId, 8);
        await manager.Http.ConsumeAsync(itemId, 9); // 10 → 1: crosses again

        var first = await live.NextAsync();
        first.Type.ShouldBe("janitorial.supply-below-reorder-level");
        first.Payload.GetProperty("inventoryItemId").GetGuid().ShouldBe(itemId);
        first.Payload.GetProperty("siteId").GetGuid().ShouldBe(siteId);
        first.Payload.GetProperty("quantityOnHand").GetDecimal().ShouldBe(3);
        first.Payload.GetProperty("reorderLevel").GetDecimal().ShouldBe(4);
        var second = await live.NextAsync();
        second.Payload.GetProperty("quantityOnHand").GetDecimal().ShouldBe(1);

        var reorder = await (await manager.Http.GetAsync($"/api/janitorial/inventory/reorder?siteId={siteId}")).ShouldHaveStatus(HttpStatusCode.OK);
        var listed = reorder.GetProperty("items").EnumerateArray().ShouldHaveSingleItem();
        listed.GetProperty("id").GetGuid().ShouldBe(itemId);
        listed.GetProperty("shortfall").GetDecimal().ShouldBe(3);
    }

    [Fact]
    public async Task The_site_crew_does_not_receive_reorder_events_on_the_live_stream()
    {
        var manager = await api.SignInAsNewUserAsync(Roles.Manager);
        var technician = await api.SignInAsNewUserAsync(Roles.Technician);
        var siteId = await manager.Http.NewSiteAsync();
        await manager.Http.AddMemberAsync(siteId, technician.UserId, "technician");
        var itemId = await manager.Http.NewSupplyItemAsync(siteId, quantity: 10, reorderLevel: 4);
        await using var crewStream = await SseClient.ConnectAsync(technician.Http, "/api/live?module=janitorial");
        await using var managerStream = await SseClient.ConnectAsync(manager.Http, Stream);

        await technician.Http.ConsumeAsync(itemId, 8);
        // A schedule the technician is named on, committed after the reorder event: the crew's first event must be it.
        await (await manager.Http.PostAsJsonAsync("/api/janitorial/schedules", new
        {
            siteId, assignedTo = technician.UserId, serviceDate = "2030-01-07", startTime = "08:00", endTime = "10:00", frequency = "once", notes = "Lobby",
        })).ShouldHaveStatus(HttpStatusCode.Created);

        (await managerStream.NextAsync()).Payload.GetProperty("inventoryItemId").GetGuid().ShouldBe(itemId);
        (await crewStream.NextAsync()).Type.ShouldNotBe("janitorial.supply-below-reorder-level");
    }
}
