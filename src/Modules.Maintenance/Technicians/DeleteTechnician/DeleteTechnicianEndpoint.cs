using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using OpsPlatform.Shared.Kernel.Http;
using OpsPlatform.Identity.Contracts;

namespace OpsPlatform.Modules.Maintenance.Technicians.DeleteTechnician;

internal static class DeleteTechnicianEndpoint
{
    public static void MapDeleteTechnician(this RouteGroupBuilder group) =>
        group.MapDelete("/technicians/{id:guid}", async (Guid id, int? version, IMediator mediator, CancellationToken ct) =>
            {
                await mediator.Send(new DeleteTechnicianCommand(id, version), ct);
                return TypedResults.NoContent();
            })
            .WithName("DeleteTechnician")
            .WithSummary("Delete a technician registered by mistake (managers). One who was given work is refused (422): set them inactive instead.")
            .RequireAuthorization(Policies.Manager)
            .ProducesWriteProblems();
}
