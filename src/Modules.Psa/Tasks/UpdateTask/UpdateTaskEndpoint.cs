using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using OpsPlatform.Shared.Kernel.Http;
using OpsPlatform.Identity.Contracts;

namespace OpsPlatform.Modules.Psa.Tasks.UpdateTask;

internal static class UpdateTaskEndpoint
{
    public static void MapUpdateTask(this RouteGroupBuilder group) =>
        group.MapPut("/tasks/{id:guid}", async (Guid id, UpdateTaskCommand command, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(command with { Id = id }, ct)))
            .WithName("UpdateTask")
            .WithSummary("Edit a task (title, description, assignee, due date, priority, estimate): the project's owner (or an admin) only.")
            .RequireAuthorization(Policies.SignedIn)
            .ProducesWriteProblems();
}
