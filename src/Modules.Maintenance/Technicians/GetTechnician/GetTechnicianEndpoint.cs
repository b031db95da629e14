using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using OpsPlatform.Shared.Kernel.Http;

namespace OpsPlatform.Modules.Maintenance.Technicians.GetTechnician;

internal static class GetTechnicianEndpoint
{
    public static void MapGetTechnician(this RouteGroupBuilder group) =>
        group.MapGet("/technicians/{id:guid}", async (Guid id, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new GetTechnicianQuery(id), ct)))
            .WithName("GetTechnician")
            .WithSummary("One technician. Technicians see only their own record.")
            .RequireAuthorization(MaintenancePermissions.Technician)
            .ProducesReadProblems();
}
