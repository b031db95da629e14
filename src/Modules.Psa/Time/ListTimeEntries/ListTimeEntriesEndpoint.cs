using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using OpsPlatform.Shared.Kernel.Http;
using OpsPlatform.Identity.Contracts;

namespace OpsPlatform.Modules.Psa.Time.ListTimeEntries;

internal static class ListTimeEntriesEndpoint
{
    public static void MapListTimeEntries(this RouteGroupBuilder group) =>
        group.MapGet("/time-entries", async ([AsParameters] ListTimeEntriesQuery query, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(query, ct)))
            .WithName("ListTimeEntries")
            .WithSummary("Time entries: your own, your projects' if you own any, all for managers; by userId, projectId, weekStart, from/to or status; sorted by date or createdAt.")
            .RequireAuthorization(Policies.SignedIn)
            .ProducesReadProblems();
}
