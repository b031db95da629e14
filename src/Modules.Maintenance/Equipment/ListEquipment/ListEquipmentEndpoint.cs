using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using OpsPlatform.Shared.Kernel.Http;
using OpsPlatform.Identity.Contracts;

namespace OpsPlatform.Modules.Maintenance.Equipment.ListEquipment;

internal static class ListEquipmentEndpoint
{
    public static void MapListEquipment(this RouteGroupBuilder group) =>
        group.MapGet("/equipment", async ([AsParameters] ListEquipmentQuery query, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(query, ct)))
            .WithName("ListEquipment")
            .WithSummary("Equipment, filtered by status, type or location; sortable by name or createdAt.")
            .RequireAuthorization(Policies.SignedIn)
            .ProducesReadProblems();
}
