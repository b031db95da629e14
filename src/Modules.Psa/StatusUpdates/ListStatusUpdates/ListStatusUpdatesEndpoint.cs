using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using OpsPlatform.Shared.Kernel.Http;
using OpsPlatform.Identity.Contracts;

namespace OpsPlatform.Modules.Psa.StatusUpdates.ListStatusUpdates;

internal static class ListStatusUpdatesEndpoint
{
    public static void MapListStatusUpdates(this RouteGroupBuilder group) =>
        group.MapGet("/projects/{id:guid}/status-updates", async ([AsParameters] ListStatusUpdatesQuery query, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(query, ct)))
            .WithName("ListStatusUpdates")
            .WithSummary("A project's status updates, newest first, optionally by health: its owner, members, client viewers, managers and admins.")
            .RequireAuthorization(Policies.SignedIn)
            .ProducesReadProblems();
}
