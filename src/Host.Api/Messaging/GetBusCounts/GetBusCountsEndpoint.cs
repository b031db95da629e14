using OpsPlatform.Identity.Contracts;
using OpsPlatform.Shared.Kernel.Http;
using OpsPlatform.Shared.Kernel.Bus;

namespace OpsPlatform.Host.Api.Messaging.GetBusCounts;

internal static class GetBusCountsEndpoint
{
    public static void MapGetBusCounts(this RouteGroupBuilder group) =>
        group.MapGet("/counts", async (BusMonitor monitor, CancellationToken ct) => TypedResults.Ok(BusCounts.Of(await monitor.CountsAsync(ct))))
            .WithName("GetBusCounts")
            .WithSummary("Per handler queue: waiting, scheduled, retrying, held by a node, dead-lettered; and the totals.")
            .RequireAuthorization(Policies.Admin)
            .ProducesReadProblems();
}
