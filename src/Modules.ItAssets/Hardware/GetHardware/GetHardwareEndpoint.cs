using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using OpsPlatform.Shared.Kernel.Http;
using OpsPlatform.Identity.Contracts;

namespace OpsPlatform.Modules.ItAssets.Hardware.GetHardware;

internal static class GetHardwareEndpoint
{
    public static void MapGetHardware(this RouteGroupBuilder group) =>
        group.MapGet("/hardware/{id:guid}", async (Guid id, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new GetHardwareQuery(id), ct)))
            .WithName("GetHardware")
            .WithSummary("One hardware asset: managers see any, others only assets assigned to them (404 otherwise).")
            .RequireAuthorization(Policies.SignedIn)
            .ProducesReadProblems();
}
