using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using OpsPlatform.Shared.Kernel.Http;
using OpsPlatform.Identity.Contracts;

namespace OpsPlatform.Modules.Janitorial.Inventory.GetSupplyItem;

internal static class GetSupplyItemEndpoint
{
    public static void MapGetSupplyItem(this RouteGroupBuilder group) =>
        group.MapGet("/inventory/{id:guid}", async (Guid id, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new GetSupplyItemQuery(id), ct)))
            .WithName("GetSupplyItem")
            .WithSummary("One supply item: managers any (with its unit cost); technicians and inspectors those at their sites.")
            .RequireAuthorization(Policies.SignedIn)
            .ProducesReadProblems();
}
