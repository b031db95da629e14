using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using OpsPlatform.Shared.Kernel.Http;

namespace OpsPlatform.Modules.Maintenance.Technicians.GetTechnicianAgenda;

internal static class GetTechnicianAgendaEndpoint
{
    public static void MapGetTechnicianAgenda(this RouteGroupBuilder group) =>
        group.MapGet("/technicians/{id:guid}/agenda", async ([AsParameters] GetTechnicianAgendaQuery query, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(query, ct)))
            .WithName("GetTechnicianAgenda")
            .WithSummary("A technician's bookings and due work in a date range (default: the next 7 days). Technicians see only their own.")
            .RequireAuthorization(MaintenancePermissions.Technician)
            .ProducesReadProblems();
}
