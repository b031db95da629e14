using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using OpsPlatform.Shared.Kernel.Http;
using OpsPlatform.Identity.Contracts;

namespace OpsPlatform.Modules.Maintenance.MaintenanceLogs.CorrectMaintenanceLog;

internal static class CorrectMaintenanceLogEndpoint
{
    public static void MapCorrectMaintenanceLog(this RouteGroupBuilder group) =>
        group.MapPut("/work-orders/{id:guid}/logs/{logId:guid}", async (Guid id, Guid logId, CorrectMaintenanceLogCommand command, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(command with { WorkOrderId = id, Id = logId }, ct)))
            .WithName("CorrectMaintenanceLog")
            .WithSummary("Correct a work note (managers only: logs are append-only for technicians).")
            .RequireAuthorization(Policies.Manager)
            .ProducesWriteProblems();
}
