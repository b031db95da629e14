using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using OpsPlatform.Shared.Kernel.Http;
using OpsPlatform.Identity.Contracts;

namespace OpsPlatform.Modules.Janitorial.Inventory.RestockSupplyItem;

internal static class RestockSupplyItemEndpoint
{
    public static void MapRestockSupplyItem(this RouteGroupBuilder group) =>
        group.MapPost("/inventory/{id:guid}/restock", async (Guid id, RestockSupplyItemCommand command, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(command with { Id = id }, ct)))
            .WithName("RestockSupplyItem")
            .WithSummary("Add stock to an item, atomically (managers).")
            .RequireAuthorization(Policies.Manager)
            .ProducesWriteProblems();
}
