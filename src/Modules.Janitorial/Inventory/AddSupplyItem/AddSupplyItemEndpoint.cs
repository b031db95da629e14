using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using OpsPlatform.Shared.Kernel.Http;
using OpsPlatform.Identity.Contracts;

namespace OpsPlatform.Modules.Janitorial.Inventory.AddSupplyItem;

internal static class AddSupplyItemEndpoint
{
    public static void MapAddSupplyItem(this RouteGroupBuilder group) =>
        group.MapPost("/inventory", async (AddSupplyItemCommand command, IMediator mediator, CancellationToken ct) =>
            {
                var item = await mediator.Send(command, ct);
                return TypedResults.Created($"/api/janitorial/inventory/{item.Id}", item);
            })
            .WithName("AddSupplyItem")
            .WithSummary("Stock a new supply item at a site (managers). The SKU is unique per site.")
            .RequireAuthorization(Policies.Manager)
            .ProducesWriteProblems();
}
