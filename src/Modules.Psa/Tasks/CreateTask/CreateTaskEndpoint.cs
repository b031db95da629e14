using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using OpsPlatform.Shared.Kernel.Http;
using OpsPlatform.Identity.Contracts;

namespace OpsPlatform.Modules.Psa.Tasks.CreateTask;

internal static class CreateTaskEndpoint
{
    public static void MapCreateTask(this RouteGroupBuilder group) =>
        group.MapPost("/projects/{id:guid}/tasks", async (Guid id, CreateTaskCommand command, IMediator mediator, CancellationToken ct) =>
            {
                var task = await mediator.Send(command with { ProjectId = id }, ct);
                return TypedResults.Created($"/api/psa/tasks/{task.Id}", task);
            })
            .WithName("CreateTask")
            .WithSummary("Add a task to a project: its owner (or an admin) only; the assignee must be the owner or a member.")
            .RequireAuthorization(Policies.SignedIn)
            .ProducesWriteProblems();
}
