using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using OpsPlatform.Shared.Kernel.Http;

namespace OpsPlatform.Modules.Maintenance.Schedules.ListScheduleEntries;

internal static class ListScheduleEntriesEndpoint
{
    public static void MapListScheduleEntries(this RouteGroupBuilder group) =>
        group.MapGet("/schedule-entries", async ([AsParameters] ListScheduleEntriesQuery query, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(query, ct)))
            .WithName("ListScheduleEntries")
            .WithSummary("Bookings overlapping a time range, by technician or work order; technicians see only their own.")
            .RequireAuthorization(MaintenancePermissions.Technician)
            .ProducesReadProblems();
}
