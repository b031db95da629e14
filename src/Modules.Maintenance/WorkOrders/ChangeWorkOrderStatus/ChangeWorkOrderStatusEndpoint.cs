using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using OpsPlatform.Shared.Kernel.Http;

namespace OpsPlatform.Modules.Maintenance.WorkOrders.ChangeWorkOrderStatus;

internal static class ChangeWorkOrderStatusEndpoint
{
    public static void MapChangeWorkOrderStatus(this RouteGroupBuilder group) =>
        group.MapPost("/work-orders/{id:guid}/status", async (Guid id, ChangeWorkOrderStatusCommand command, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(command with { Id = id }, ct)))
            .WithName("ChangeWorkOrderStatus")
            .WithSummary("Move a work order: requested → open → assigned → in_progress ⇄ on_hold → completed → closed, or cancelled (with a reason). An illegal move is a 409 naming the allowed ones; technicians move their own between in_progress, on_hold and completed.")
            .RequireAuthorization(MaintenancePermissions.Technician)
            .ProducesWriteProblems();
}
