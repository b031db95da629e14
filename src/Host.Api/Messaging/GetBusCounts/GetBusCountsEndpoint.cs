using OpsPlatform.Shared.Kernel.Http;
using OpsPlatform.Shared.Kernel.Messaging;
using OpsPlatform.Identity.Contracts;

namespace OpsPlatform.Host.Api.Messaging.GetBusCounts;

internal static class GetBusCountsEndpoint
{
    public static void MapGetBusCounts(this RouteGroupBuilder group) =>
        group.MapGet("/counts", async (BusMonitor monitor, CancellationToken ct) =>
                TypedResults.Ok(BusCounts.Of(await monitor.CountsAsync(ct))))
            .WithName("GetBusCounts")
            .WithSummary("Per module and handler: pending, scheduled, in flight, retrying, dead-lettered, unrouted, oldest pending age, handled in the last minute.")
            .RequireAuthorization(Policies.Admin)
            .ProducesReadProblems();
}
