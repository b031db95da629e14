using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using OpsPlatform.Shared.Kernel.Http;

namespace OpsPlatform.Modules.Maintenance.Technicians.GetMyTechnician;

internal static class GetMyTechnicianEndpoint
{
    public static void MapGetMyTechnician(this RouteGroupBuilder group) =>
        group.MapGet("/technicians/me", async (IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new GetMyTechnicianQuery(), ct)))
            .WithName("GetMyTechnician")
            .WithSummary("The technician record linked to the caller's account (404 when there is none), so a technician can open their own agenda.")
            .RequireAuthorization(MaintenancePermissions.Technician)
            .ProducesReadProblems();
}
