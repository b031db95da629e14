using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using OpsPlatform.Shared.Kernel.Http;
using OpsPlatform.Identity.Contracts;

namespace OpsPlatform.Modules.Maintenance.WorkOrders.DeleteWorkOrder;

internal static class DeleteWorkOrderEndpoint
{
    public static void MapDeleteWorkOrder(this RouteGroupBuilder group) =>
        group.MapDelete("/work-orders/{id:guid}", async (Guid id, int? version, IMediator mediator, CancellationToken ct) =>
            {
                await mediator.Send(new DeleteWorkOrderCommand(id, version), ct);
                return TypedResults.NoContent();
            })
            .WithName("DeleteWorkOrder")
            .WithSummary("Delete a work order raised by mistake (managers). One with maintenance logs is refused (422): cancel it instead.")
            .RequireAuthorization(Policies.Manager)
            .ProducesWriteProblems();
}
