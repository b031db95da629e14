using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using OpsPlatform.Shared.Kernel.Http;

namespace OpsPlatform.Modules.Maintenance.PreventivePlans.ListPreventivePlans;

internal static class ListPreventivePlansEndpoint
{
    public static void MapListPreventivePlans(this RouteGroupBuilder group) =>
        group.MapGet("/preventive-plans", async ([AsParameters] ListPreventivePlansQuery query, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(query, ct)))
            .WithName("ListPreventivePlans")
            .WithSummary("Preventive plans by equipment, active flag or next due date; sortable by nextDueAt, title or createdAt.")
            .RequireAuthorization(MaintenancePermissions.Technician)
            .ProducesReadProblems();
}
