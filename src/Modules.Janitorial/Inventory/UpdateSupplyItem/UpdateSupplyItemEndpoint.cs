using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using OpsPlatform.Shared.Kernel.Http;
using OpsPlatform.Identity.Contracts;

namespace OpsPlatform.Modules.Janitorial.Inventory.UpdateSupplyItem;

internal static class UpdateSupplyItemEndpoint
{
    public static void MapUpdateSupplyItem(this RouteGroupBuilder group) =>
        group.MapPut("/inventory/{id:guid}", async (Guid id, UpdateSupplyItemCommand command, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(command with { Id = id }, ct)))
            .WithName("UpdateSupplyItem")
            .WithSummary("Change a supply item's description, reorder level or cost (managers). Send the version you read.")
            .RequireAuthorization(Policies.Manager)
            .ProducesWriteProblems();
}
