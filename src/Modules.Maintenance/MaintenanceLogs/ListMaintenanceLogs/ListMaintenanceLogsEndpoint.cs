using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using OpsPlatform.Shared.Kernel.Http;
using OpsPlatform.Identity.Contracts;

namespace OpsPlatform.Modules.Maintenance.MaintenanceLogs.ListMaintenanceLogs;

internal static class ListMaintenanceLogsEndpoint
{
    public static void MapListMaintenanceLogs(this RouteGroupBuilder group) =>
        group.MapGet("/work-orders/{id:guid}/logs", async ([AsParameters] ListMaintenanceLogsQuery query, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(query, ct)))
            .WithName("ListMaintenanceLogs")
            .WithSummary("The work notes of a work order, newest first.")
            .RequireAuthorization(Policies.SignedIn)
            .ProducesReadProblems();
}
