using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using OpsPlatform.Host.Api.Live;
using OpsPlatform.Identity.Contracts;

namespace OpsPlatform.Host.Api.Tests.Live;

/// <summary>The live feed costs no SQL while nobody listens, and a client connecting after an idle spell still gets what follows.</summary>
public sealed class LiveFeedIdleTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    [Fact]
    public async Task The_feed_idles_without_clients_and_the_next_client_receives_what_is_committed_after_it_connected()
    {
        var feed = api.Services.GetRequiredService<LiveFeed>();
        var manager = await api.SignInAsNewUserAsync(Roles.Manager);
        feed.IsReading.ShouldBeFalse();

        await using (await SseClient.ConnectAsync(manager.Http, "/api/live?module=janitorial"))
            feed.IsReading.ShouldBeTrue();
        await UntilAsync(() => !feed.IsReading, "the feed to idle after its only client left");

        var itemId = await manager.Http.NewSupplyItemAsync(await manager.Http.NewSiteAsync(), quantity: 10, reorderLevel: 4);
        await manager.Http.ConsumeAsync(itemId, 7); // 3: below, while idle
        await using var stream = await SseClient.ConnectAsync(manager.Http, "/api/live?module=janitorial&type=janitorial.supply-below-reorder-level");
        await manager.Http.RestockAsync(itemId, 8);
        await manager.Http.ConsumeAsync(itemId, 9); // 2: below again

        var first = await stream.NextAsync();
        first.Type.ShouldBe("janitorial.supply-below-reorder-level");
        first.Payload.GetProperty("quantityOnHand").GetDecimal().ShouldBe(2);
    }

    private static async Task UntilAsync(Func<bool> condition, string what)
    {
        var watch = Stopwatch.StartNew();
        while (!condition())
        {
            watch.Elapsed.ShouldBeLessThan(TimeSpan.FromSeconds(10), $"waiting for {what}");
            await Task.Delay(20);
        }
    }
}
