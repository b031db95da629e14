using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using OpsPlatform.Shared.Kernel.Http;
using OpsPlatform.Identity.Contracts;

namespace OpsPlatform.Modules.Psa.Projects.ChangeProjectStatus;

internal static class ChangeProjectStatusEndpoint
{
    public static void MapChangeProjectStatus(this RouteGroupBuilder group) =>
        group.MapPost("/projects/{id:guid}/status", async (Guid id, ChangeProjectStatusCommand command, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(command with { Id = id }, ct)))
            .WithName("ChangeProjectStatus")
            .WithSummary("Move a project: planned → active ⇄ on_hold → completed, or cancelled (with a reason); each move joins its history. An illegal move is a 409 naming the allowed ones. Owner (or admin) only.")
            .RequireAuthorization(Policies.SignedIn)
            .ProducesWriteProblems();
}
