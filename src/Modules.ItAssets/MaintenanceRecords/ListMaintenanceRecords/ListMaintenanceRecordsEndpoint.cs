using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using OpsPlatform.Identity.Contracts;
using OpsPlatform.Shared.Kernel.Http;

namespace OpsPlatform.Modules.ItAssets.MaintenanceRecords.ListMaintenanceRecords;

internal static class ListMaintenanceRecordsEndpoint
{
    public static void MapListMaintenanceRecords(this RouteGroupBuilder group) =>
        group.MapGet("/maintenance-records", async ([AsParameters] ListMaintenanceRecordsQuery query, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(query, ct)))
            .WithName("ListItMaintenanceRecords")
            .WithSummary("IT maintenance records, newest first, by hardware, kind or status (IT staff).")
            .RequireAuthorization(Policies.Manager)
            .ProducesReadProblems();
}
