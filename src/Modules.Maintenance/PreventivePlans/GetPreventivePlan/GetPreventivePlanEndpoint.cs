using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using OpsPlatform.Shared.Kernel.Http;

namespace OpsPlatform.Modules.Maintenance.PreventivePlans.GetPreventivePlan;

internal static class GetPreventivePlanEndpoint
{
    public static void MapGetPreventivePlan(this RouteGroupBuilder group) =>
        group.MapGet("/preventive-plans/{id:guid}", async (Guid id, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new GetPreventivePlanQuery(id), ct)))
            .WithName("GetPreventivePlan")
            .WithSummary("One preventive plan with its next due date.")
            .RequireAuthorization(MaintenancePermissions.Technician)
            .ProducesReadProblems();
}
