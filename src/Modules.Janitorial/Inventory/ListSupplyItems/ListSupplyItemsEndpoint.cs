using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using OpsPlatform.Shared.Kernel.Http;
using OpsPlatform.Identity.Contracts;

namespace OpsPlatform.Modules.Janitorial.Inventory.ListSupplyItems;

internal static class ListSupplyItemsEndpoint
{
    public static void MapListSupplyItems(this RouteGroupBuilder group) =>
        group.MapGet("/inventory", async ([AsParameters] ListSupplyItemsQuery query, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(query, ct)))
            .WithName("ListSupplyItems")
            .WithSummary("Supply items the caller may see, by site, category or low stock only; sortable by itemName, quantityOnHand, createdAt.")
            .RequireAuthorization(Policies.SignedIn)
            .ProducesReadProblems();
}
