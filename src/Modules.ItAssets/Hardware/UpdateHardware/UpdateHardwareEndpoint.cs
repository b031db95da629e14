using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using OpsPlatform.Identity.Contracts;
using OpsPlatform.Shared.Kernel.Http;

namespace OpsPlatform.Modules.ItAssets.Hardware.UpdateHardware;

internal static class UpdateHardwareEndpoint
{
    public static void MapUpdateHardware(this RouteGroupBuilder group) =>
        group.MapPut("/hardware/{id:guid}", async (Guid id, UpdateHardwareCommand command, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(command with { Id = id }, ct)))
            .WithName("UpdateHardware")
            .WithSummary("Change a hardware asset's descriptive fields (IT staff). Send the version you read; a stale one gets 409.")
            .RequireAuthorization(Policies.Manager)
            .ProducesWriteProblems();
}
