using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using OpsPlatform.Shared.Kernel.Http;
using OpsPlatform.Identity.Contracts;

namespace OpsPlatform.Modules.Psa.Tasks.ChangeTaskStatus;

internal static class ChangeTaskStatusEndpoint
{
    public static void MapChangeTaskStatus(this RouteGroupBuilder group) =>
        group.MapPost("/tasks/{id:guid}/status", async (Guid id, ChangeTaskStatusCommand command, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(command with { Id = id }, ct)))
            .WithName("ChangeTaskStatus")
            .WithSummary("Move a task: to_do → in_progress → done, blocked from and back to to_do or in_progress, done back to in_progress. The assignee moves their own task, the project's owner any; an illegal move is a 409 naming the allowed ones.")
            .RequireAuthorization(Policies.SignedIn)
            .ProducesWriteProblems();
}
