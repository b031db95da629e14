using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using OpsPlatform.Shared.Kernel.Http;
using OpsPlatform.Identity.Contracts;

namespace OpsPlatform.Modules.Maintenance.Equipment.GetEquipmentHistory;

internal static class GetEquipmentHistoryEndpoint
{
    public static void MapGetEquipmentHistory(this RouteGroupBuilder group) =>
        group.MapGet("/equipment/{id:guid}/history", async ([AsParameters] GetEquipmentHistoryQuery query, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(query, ct)))
            .WithName("GetEquipmentHistory")
            .WithSummary("A piece of equipment's maintenance history: its work orders and their logs, newest first (within the caller's work-order scope).")
            .RequireAuthorization(Policies.SignedIn)
            .ProducesReadProblems();
}
