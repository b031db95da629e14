using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using OpsPlatform.Shared.Kernel.Http;

namespace OpsPlatform.Modules.Maintenance.MaintenanceLogs.AddMaintenanceLog;

internal static class AddMaintenanceLogEndpoint
{
    public static void MapAddMaintenanceLog(this RouteGroupBuilder group) =>
        group.MapPost("/work-orders/{id:guid}/logs", async (Guid id, AddMaintenanceLogCommand command, IMediator mediator, CancellationToken ct) =>
            {
                var log = await mediator.Send(command with { WorkOrderId = id }, ct);
                return TypedResults.Created($"/api/maintenance/work-orders/{id}/logs/{log.Id}", log);
            })
            .WithName("AddMaintenanceLog")
            .WithSummary("Append a work note with the minutes spent: the assigned technician or a manager.")
            .RequireAuthorization(MaintenancePermissions.Technician)
            .ProducesWriteProblems();
}
