using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using OpsPlatform.Shared.Kernel.Http;
using OpsPlatform.Identity.Contracts;

namespace OpsPlatform.Modules.Maintenance.WorkOrders.SuggestTechnicians;

internal static class SuggestTechniciansEndpoint
{
    public static void MapSuggestTechnicians(this RouteGroupBuilder group) =>
        group.MapGet("/work-orders/{id:guid}/suggested-technicians", async ([AsParameters] SuggestTechniciansQuery query, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(query, ct)))
            .WithName("SuggestTechnicians")
            .WithSummary("Active technicians for a work order, ranked by required skills held, skill level and free hours that week (managers).")
            .RequireAuthorization(Policies.Manager)
            .ProducesReadProblems();
}
