using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using OpsPlatform.Shared.Kernel.Http;
using OpsPlatform.Identity.Contracts;

namespace OpsPlatform.Modules.Janitorial.Schedules.ListSchedules;

internal static class ListSchedulesEndpoint
{
    public static void MapListSchedules(this RouteGroupBuilder group) =>
        group.MapGet("/schedules", async ([AsParameters] ListSchedulesQuery query, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(query, ct)))
            .WithName("ListSchedules")
            .WithSummary("Cleaning occurrences the caller may see, by site, assignee, series, date range (from/to) or status; sortable by serviceDate, startTime, createdAt.")
            .RequireAuthorization(Policies.SignedIn)
            .ProducesReadProblems();
}
