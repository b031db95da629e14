using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using OpsPlatform.Shared.Kernel.Http;
using OpsPlatform.Identity.Contracts;

namespace OpsPlatform.Modules.Maintenance.WorkOrders.ReopenWorkOrder;

internal static class ReopenWorkOrderEndpoint
{
    public static void MapReopenWorkOrder(this RouteGroupBuilder group) =>
        group.MapPost("/work-orders/{id:guid}/reopen", async (Guid id, ReopenWorkOrderCommand command, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(command with { Id = id }, ct)))
            .WithName("ReopenWorkOrder")
            .WithSummary("Reopen a completed work order (managers): back to assigned when a technician is on it, else open.")
            .RequireAuthorization(Policies.Manager)
            .ProducesWriteProblems();
}
