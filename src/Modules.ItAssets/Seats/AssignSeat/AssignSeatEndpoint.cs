using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using OpsPlatform.Identity.Contracts;
using OpsPlatform.Shared.Kernel.Http;

namespace OpsPlatform.Modules.ItAssets.Seats.AssignSeat;

internal static class AssignSeatEndpoint
{
    public static void MapAssignSeat(this RouteGroupBuilder group) =>
        group.MapPost("/licenses/{id:guid}/seats", async (Guid id, AssignSeatCommand command, IMediator mediator, CancellationToken ct) =>
            {
                var seat = await mediator.Send(command with { LicenseId = id }, ct);
                return TypedResults.Created($"/api/it-assets/licenses/{id}/seats", seat);
            })
            .WithName("AssignLicenseSeat")
            .WithSummary("Give a seat to a user or a device (IT staff). No seat left: 409; one holder takes one seat per license (409 naming the field).")
            .RequireAuthorization(Policies.Manager)
            .ProducesWriteProblems();
}
