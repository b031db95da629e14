using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using OpsPlatform.Shared.Kernel.Http;
using OpsPlatform.Identity.Contracts;

namespace OpsPlatform.Modules.Psa.Projects.UpdateProject;

internal static class UpdateProjectEndpoint
{
    public static void MapUpdateProject(this RouteGroupBuilder group) =>
        group.MapPut("/projects/{id:guid}", async (Guid id, UpdateProjectCommand command, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(command with { Id = id }, ct)))
            .WithName("UpdateProject")
            .WithSummary("Edit a project's name, client, description, dates and budget: its owner (or an admin); 404 for anyone else, 409 once archived.")
            .RequireAuthorization(Policies.SignedIn)
            .ProducesWriteProblems();
}
