using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using OpsPlatform.Shared.Kernel.Http;
using OpsPlatform.Identity.Contracts;

namespace OpsPlatform.Modules.Maintenance.WorkOrders.ListWorkOrderTransitions;

internal static class ListWorkOrderTransitionsEndpoint
{
    public static void MapListWorkOrderTransitions(this RouteGroupBuilder group) =>
        group.MapGet("/work-orders/{id:guid}/transitions", async (Guid id, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new ListWorkOrderTransitionsQuery(id), ct)))
            .WithName("ListWorkOrderTransitions")
            .WithSummary("A work order's status history, oldest first: who moved it, when, and the note (e.g. a cancellation reason).")
            .RequireAuthorization(Policies.SignedIn)
            .ProducesReadProblems();
}
