using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using OpsPlatform.Shared.Kernel.Http;
using OpsPlatform.Identity.Contracts;

namespace OpsPlatform.Modules.Maintenance.WorkOrders.ListWorkOrders;

internal static class ListWorkOrdersEndpoint
{
    public static void MapListWorkOrders(this RouteGroupBuilder group) =>
        group.MapGet("/work-orders", async ([AsParameters] ListWorkOrdersQuery query, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(query, ct)))
            .WithName("ListWorkOrders")
            .WithSummary("Work orders the caller may see; filter by status, priority, equipment, site, technician, source, due date, overdue, text (q); sort by createdAt, updatedAt, dueAt, priority or title.")
            .RequireAuthorization(Policies.SignedIn)
            .ProducesReadProblems();
}
