using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using OpsPlatform.Shared.Kernel.Http;
using OpsPlatform.Identity.Contracts;

namespace OpsPlatform.Modules.Maintenance.WorkOrders.GetWorkOrderActions;

internal static class GetWorkOrderActionsEndpoint
{
    public static void MapGetWorkOrderActions(this RouteGroupBuilder group) =>
        group.MapGet("/work-orders/{id:guid}/actions", async (Guid id, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new GetWorkOrderActionsQuery(id), ct)))
            .WithName("GetWorkOrderActions")
            .WithSummary("What the caller may do to a work order now: the statuses they may move it to, and whether they may assign, cancel, reopen, edit or log.")
            .RequireAuthorization(Policies.SignedIn)
            .ProducesReadProblems();
}
