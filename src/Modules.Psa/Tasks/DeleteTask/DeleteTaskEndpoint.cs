using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using OpsPlatform.Shared.Kernel.Http;
using OpsPlatform.Identity.Contracts;

namespace OpsPlatform.Modules.Psa.Tasks.DeleteTask;

internal static class DeleteTaskEndpoint
{
    public static void MapDeleteTask(this RouteGroupBuilder group) =>
        group.MapDelete("/tasks/{id:guid}", async (Guid id, IMediator mediator, CancellationToken ct) =>
            {
                await mediator.Send(new DeleteTaskCommand(id), ct);
                return TypedResults.NoContent();
            })
            .WithName("DeleteTask")
            .WithSummary("Delete a task without logged time: the project's owner (or an admin) only.")
            .RequireAuthorization(Policies.SignedIn)
            .ProducesWriteProblems();
}
