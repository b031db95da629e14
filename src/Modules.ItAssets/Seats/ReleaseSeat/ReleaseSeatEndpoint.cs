using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using OpsPlatform.Identity.Contracts;
using OpsPlatform.Shared.Kernel.Http;

namespace OpsPlatform.Modules.ItAssets.Seats.ReleaseSeat;

internal static class ReleaseSeatEndpoint
{
    public static void MapReleaseSeat(this RouteGroupBuilder group) =>
        group.MapPost("/licenses/{id:guid}/seats/{seatId:guid}/release", async (Guid id, Guid seatId, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new ReleaseSeatCommand(id, seatId), ct)))
            .WithName("ReleaseLicenseSeat")
            .WithSummary("Give a seat back (IT staff); it can be assigned again. Already released: 409.")
            .RequireAuthorization(Policies.Manager)
            .ProducesWriteProblems();
}
