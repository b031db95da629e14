using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using OpsPlatform.Identity.Contracts;
using OpsPlatform.Shared.Kernel.Http;

namespace OpsPlatform.Modules.ItAssets.Assignments.CheckOutHardware;

internal static class CheckOutHardwareEndpoint
{
    public static void MapCheckOutHardware(this RouteGroupBuilder group) =>
        group.MapPost("/hardware/{id:guid}/check-out", async (Guid id, CheckOutHardwareCommand command, IMediator mediator, CancellationToken ct) =>
            {
                var assignment = await mediator.Send(command with { HardwareId = id }, ct);
                return TypedResults.Created($"/api/it-assets/assignments?hardwareId={id}", assignment);
            })
            .WithName("CheckOutHardware")
            .WithSummary("Check ready hardware in stock out to a user or a location (IT staff). One open assignment per asset: a second is 409.")
            .RequireAuthorization(Policies.Manager)
            .ProducesWriteProblems();
}
