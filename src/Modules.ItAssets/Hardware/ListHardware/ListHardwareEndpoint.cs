using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using OpsPlatform.Shared.Kernel.Http;
using OpsPlatform.Identity.Contracts;

namespace OpsPlatform.Modules.ItAssets.Hardware.ListHardware;

internal static class ListHardwareEndpoint
{
    public static void MapListHardware(this RouteGroupBuilder group) =>
        group.MapGet("/hardware", async ([AsParameters] ListHardwareQuery query, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(query, ct)))
            .WithName("ListHardware")
            .WithSummary("Hardware (IT staff: all; others: what they hold), filtered by stage, status, category, holder, location or warranty end, or searched (q: tag, name, model, maker, serial).")
            .RequireAuthorization(Policies.SignedIn)
            .ProducesReadProblems();
}
