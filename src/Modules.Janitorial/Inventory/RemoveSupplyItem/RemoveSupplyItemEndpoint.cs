using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using OpsPlatform.Shared.Kernel.Http;
using OpsPlatform.Identity.Contracts;

namespace OpsPlatform.Modules.Janitorial.Inventory.RemoveSupplyItem;

internal static class RemoveSupplyItemEndpoint
{
    public static void MapRemoveSupplyItem(this RouteGroupBuilder group) =>
        group.MapDelete("/inventory/{id:guid}", async (Guid id, IMediator mediator, CancellationToken ct) =>
            {
                await mediator.Send(new RemoveSupplyItemCommand(id), ct);
                return TypedResults.NoContent();
            })
            .WithName("RemoveSupplyItem")
            .WithSummary("Stop stocking an item at its site (managers).")
            .RequireAuthorization(Policies.Manager)
            .ProducesWriteProblems();
}
