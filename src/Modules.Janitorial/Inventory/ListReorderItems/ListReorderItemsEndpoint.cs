using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using OpsPlatform.Shared.Kernel.Http;
using OpsPlatform.Identity.Contracts;

namespace OpsPlatform.Modules.Janitorial.Inventory.ListReorderItems;

internal static class ListReorderItemsEndpoint
{
    public static void MapListReorderItems(this RouteGroupBuilder group) =>
        group.MapGet("/inventory/reorder", async ([AsParameters] ListReorderItemsQuery query, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(query, ct)))
            .WithName("ListReorderItems")
            .WithSummary("The reorder list across sites (managers): every item below its reorder level, with the shortfall.")
            .RequireAuthorization(Policies.Manager)
            .ProducesReadProblems();
}
