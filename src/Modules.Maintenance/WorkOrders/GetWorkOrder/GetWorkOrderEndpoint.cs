using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using OpsPlatform.Shared.Kernel.Http;
using OpsPlatform.Identity.Contracts;

namespace OpsPlatform.Modules.Maintenance.WorkOrders.GetWorkOrder;

internal static class GetWorkOrderEndpoint
{
    public static void MapGetWorkOrder(this RouteGroupBuilder group) =>
        group.MapGet("/work-orders/{id:guid}", async (Guid id, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new GetWorkOrderQuery(id), ct)))
            .WithName("GetWorkOrder")
            .WithSummary("One work order. Technicians see those assigned to them, members their own requests; any other is a 404.")
            .RequireAuthorization(Policies.SignedIn)
            .ProducesReadProblems();
}
