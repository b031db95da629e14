using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using OpsPlatform.Shared.Kernel.Http;
using OpsPlatform.Identity.Contracts;

namespace OpsPlatform.Modules.Psa.StatusUpdates.PostStatusUpdate;

internal static class PostStatusUpdateEndpoint
{
    public static void MapPostStatusUpdate(this RouteGroupBuilder group) =>
        group.MapPost("/projects/{id:guid}/status-updates", async (Guid id, PostStatusUpdateCommand command, IMediator mediator, CancellationToken ct) =>
            {
                var update = await mediator.Send(command with { ProjectId = id }, ct);
                return TypedResults.Created($"/api/psa/projects/{id}/status-updates", update);
            })
            .WithName("PostStatusUpdate")
            .WithSummary("Post a status update with its health (on_track, at_risk, off_track); the progress (tasks done of total, hours spent of budget) is snapshotted now. Owner (or admin) only.")
            .RequireAuthorization(Policies.SignedIn)
            .ProducesWriteProblems();
}
