using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using OpsPlatform.Shared.Kernel.Http;
using OpsPlatform.Identity.Contracts;

namespace OpsPlatform.Modules.Maintenance.Equipment.GetEquipment;

internal static class GetEquipmentEndpoint
{
    public static void MapGetEquipment(this RouteGroupBuilder group) =>
        group.MapGet("/equipment/{id:guid}", async (Guid id, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new GetEquipmentQuery(id), ct)))
            .WithName("GetEquipment")
            .WithSummary("One piece of equipment.")
            .RequireAuthorization(Policies.SignedIn)
            .ProducesReadProblems();
}
