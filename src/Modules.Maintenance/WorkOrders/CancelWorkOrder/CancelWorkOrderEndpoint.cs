using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using OpsPlatform.Shared.Kernel.Http;
using OpsPlatform.Identity.Contracts;

namespace OpsPlatform.Modules.Maintenance.WorkOrders.CancelWorkOrder;

internal static class CancelWorkOrderEndpoint
{
    public static void MapCancelWorkOrder(this RouteGroupBuilder group) =>
        group.MapPost("/work-orders/{id:guid}/cancel", async (Guid id, CancelWorkOrderCommand command, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(command with { Id = id }, ct)))
            .WithName("CancelWorkOrder")
            .WithSummary("Cancel a work order that is not completed yet, with a reason (managers).")
            .RequireAuthorization(Policies.Manager)
            .ProducesWriteProblems();
}
