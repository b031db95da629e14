using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using OpsPlatform.Identity.Contracts;
using OpsPlatform.Shared.Kernel.Http;

namespace OpsPlatform.Modules.ItAssets.Hardware.ListMyHardware;

internal static class ListMyHardwareEndpoint
{
    public static void MapListMyHardware(this RouteGroupBuilder group) =>
        group.MapGet("/my/hardware", async ([AsParameters] ListMyHardwareQuery query, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(query, ct)))
            .WithName("ListMyHardware")
            .WithSummary("My assets: the hardware checked out to the signed-in user.")
            .RequireAuthorization(Policies.SignedIn)
            .ProducesReadProblems();
}
