using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using OpsPlatform.Identity.Contracts;
using OpsPlatform.Shared.Kernel.Http;

namespace OpsPlatform.Modules.ItAssets.Assignments.ListAssignments;

internal static class ListAssignmentsEndpoint
{
    public static void MapListAssignments(this RouteGroupBuilder group)
    {
        group.MapGet("/assignments", async ([AsParameters] ListAssignmentsQuery query, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(query, ct)))
            .WithName("ListAssignments")
            .WithSummary("Check-out history, newest first (IT staff: all; others: their own), by hardware, holder, open or overdue.")
            .RequireAuthorization(Policies.SignedIn)
            .ProducesReadProblems();
    }
}
