using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using OpsPlatform.Identity.Contracts;
using OpsPlatform.Shared.Kernel.Http;

namespace OpsPlatform.Modules.ItAssets.Hardware.DeleteHardware;

internal static class DeleteHardwareEndpoint
{
    public static void MapDeleteHardware(this RouteGroupBuilder group) =>
        group.MapDelete("/hardware/{id:guid}", async (Guid id, int? version, IMediator mediator, CancellationToken ct) =>
            {
                await mediator.Send(new DeleteHardwareCommand(id, version), ct);
                return TypedResults.NoContent();
            })
            .WithName("DeleteHardware")
            .WithSummary("Delete hardware registered by mistake (IT staff). Hardware with any history is 409: retire or dispose of it instead.")
            .RequireAuthorization(Policies.Manager)
            .ProducesWriteProblems();
}
