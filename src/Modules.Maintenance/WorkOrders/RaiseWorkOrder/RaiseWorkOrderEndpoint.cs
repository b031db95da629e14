using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using OpsPlatform.Shared.Kernel.Http;
using OpsPlatform.Identity.Contracts;

namespace OpsPlatform.Modules.Maintenance.WorkOrders.RaiseWorkOrder;

internal static class RaiseWorkOrderEndpoint
{
    public static void MapRaiseWorkOrder(this RouteGroupBuilder group) =>
        group.MapPost("/work-orders", async (RaiseWorkOrderCommand command, IMediator mediator, CancellationToken ct) =>
            {
                var workOrder = await mediator.Send(command, ct);
                return TypedResults.Created($"/api/maintenance/work-orders/{workOrder.Id}", workOrder);
            })
            .WithName("RaiseWorkOrder")
            .WithSummary("Raise a work order: a manager's is 'open', anyone else's is a request ('requested'). Name equipment, a site or both; the site defaults to the equipment's.")
            .RequireAuthorization(Policies.SignedIn)
            .ProducesWriteProblems();
}
