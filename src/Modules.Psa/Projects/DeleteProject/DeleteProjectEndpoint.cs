using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using OpsPlatform.Shared.Kernel.Http;
using OpsPlatform.Identity.Contracts;

namespace OpsPlatform.Modules.Psa.Projects.DeleteProject;

internal static class DeleteProjectEndpoint
{
    public static void MapDeleteProject(this RouteGroupBuilder group) =>
        group.MapDelete("/projects/{id:guid}", async (Guid id, IMediator mediator, CancellationToken ct) =>
            {
                await mediator.Send(new DeleteProjectCommand(id), ct);
                return TypedResults.NoContent();
            })
            .WithName("DeleteProject")
            .WithSummary("Delete a project (owner or admin) that has no tasks, documents or time yet (422 otherwise: cancel and archive it instead).")
            .RequireAuthorization(Policies.SignedIn)
            .ProducesWriteProblems();
}
