using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using OpsPlatform.Identity.Contracts;
using OpsPlatform.Shared.Kernel.Http;

namespace OpsPlatform.Modules.ItAssets.Hardware.ChangeHardwareStatus;

internal static class ChangeHardwareStatusEndpoint
{
    public static void MapChangeHardwareStatus(this RouteGroupBuilder group) =>
        group.MapPost("/hardware/{id:guid}/status", async (Guid id, ChangeHardwareStatusCommand command, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(command with { Id = id }, ct)))
            .WithName("ChangeHardwareStatus")
            .WithSummary("Change hardware's condition: ready, pending, broken, lost (IT staff). Kept in its history; disposed hardware is 409.")
            .RequireAuthorization(Policies.Manager)
            .ProducesWriteProblems();
}
