using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using OpsPlatform.Shared.Kernel.Http;
using OpsPlatform.Identity.Contracts;

namespace OpsPlatform.Modules.Maintenance.Equipment.DeleteEquipment;

internal static class DeleteEquipmentEndpoint
{
    public static void MapDeleteEquipment(this RouteGroupBuilder group) =>
        group.MapDelete("/equipment/{id:guid}", async (Guid id, int? version, IMediator mediator, CancellationToken ct) =>
            {
                await mediator.Send(new DeleteEquipmentCommand(id, version), ct);
                return TypedResults.NoContent();
            })
            .WithName("DeleteEquipment")
            .WithSummary("Delete equipment registered by mistake (managers). Equipment with work orders or plans is refused (422): retire it instead.")
            .RequireAuthorization(Policies.Manager)
            .ProducesWriteProblems();
}
