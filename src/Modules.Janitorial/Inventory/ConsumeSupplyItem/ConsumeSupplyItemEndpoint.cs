using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using OpsPlatform.Shared.Kernel.Http;

namespace OpsPlatform.Modules.Janitorial.Inventory.ConsumeSupplyItem;

internal static class ConsumeSupplyItemEndpoint
{
    public static void MapConsumeSupplyItem(this RouteGroupBuilder group) =>
        group.MapPost("/inventory/{id:guid}/consume", async (Guid id, ConsumeSupplyItemCommand command, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(command with { Id = id }, ct)))
            .WithName("ConsumeSupplyItem")
            .WithSummary("Record consumption, atomically: managers anywhere, technicians at their sites. More than is on hand is a 409.")
            .RequireAuthorization(JanitorialPolicies.Crew)
            .ProducesWriteProblems();
}
