using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using OpsPlatform.Shared.Kernel.Http;
using OpsPlatform.Identity.Contracts;

namespace OpsPlatform.Modules.Maintenance.WorkOrders.UpdateWorkOrder;

internal static class UpdateWorkOrderEndpoint
{
    public static void MapUpdateWorkOrder(this RouteGroupBuilder group) =>
        group.MapPut("/work-orders/{id:guid}", async (Guid id, UpdateWorkOrderCommand command, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(command with { Id = id }, ct)))
            .WithName("UpdateWorkOrder")
            .WithSummary("Change a work order's title, description, priority, due date and required skills (managers). Send the version you read.")
            .RequireAuthorization(Policies.Manager)
            .ProducesWriteProblems();
}
