using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using OpsPlatform.Identity.Contracts;
using OpsPlatform.Shared.Kernel.Http;

namespace OpsPlatform.Modules.ItAssets.Hardware.GetHardwareHistory;

internal static class GetHardwareHistoryEndpoint
{
    public static void MapGetHardwareHistory(this RouteGroupBuilder group) =>
        group.MapGet("/hardware/{id:guid}/history", async (Guid id, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new GetHardwareHistoryQuery(id), ct)))
            .WithName("GetHardwareHistory")
            .WithSummary("A hardware asset's stage, status and holder changes, newest first, with who and when (IT staff; its holder).")
            .RequireAuthorization(Policies.SignedIn)
            .ProducesReadProblems();
}
