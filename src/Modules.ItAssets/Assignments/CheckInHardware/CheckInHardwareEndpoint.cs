using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using OpsPlatform.Identity.Contracts;
using OpsPlatform.Shared.Kernel.Http;

namespace OpsPlatform.Modules.ItAssets.Assignments.CheckInHardware;

internal static class CheckInHardwareEndpoint
{
    public static void MapCheckInHardware(this RouteGroupBuilder group) =>
        group.MapPost("/hardware/{id:guid}/check-in", async (Guid id, CheckInHardwareCommand? command, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send((command ?? new CheckInHardwareCommand(null)) with { HardwareId = id }, ct)))
            .WithName("CheckInHardware")
            .WithSummary("Close the open assignment of checked-out hardware (IT staff); deployed hardware returns to stock. Not checked out: 409.")
            .RequireAuthorization(Policies.Manager)
            .ProducesWriteProblems();
}
