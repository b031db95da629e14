using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using OpsPlatform.Shared.Kernel.Http;
using OpsPlatform.Identity.Contracts;

namespace OpsPlatform.Modules.Maintenance.Equipment.UpdateEquipment;

internal static class UpdateEquipmentEndpoint
{
    public static void MapUpdateEquipment(this RouteGroupBuilder group) =>
        group.MapPut("/equipment/{id:guid}", async (Guid id, UpdateEquipmentCommand command, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(command with { Id = id }, ct)))
            .WithName("UpdateEquipment")
            .WithSummary("Change a piece of equipment (managers). Send the version you read; a stale one gets 409.")
            .RequireAuthorization(Policies.Manager)
            .ProducesWriteProblems();
}
