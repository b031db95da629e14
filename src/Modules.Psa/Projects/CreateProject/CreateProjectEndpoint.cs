using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using OpsPlatform.Shared.Kernel.Http;
using OpsPlatform.Identity.Contracts;

namespace OpsPlatform.Modules.Psa.Projects.CreateProject;

internal static class CreateProjectEndpoint
{
    public static void MapCreateProject(this RouteGroupBuilder group) =>
        group.MapPost("/projects", async (CreateProjectCommand command, IMediator mediator, CancellationToken ct) =>
            {
                var project = await mediator.Send(command, ct);
                return TypedResults.Created($"/api/psa/projects/{project.Id}", project);
            })
            .WithName("CreateProject")
            .WithSummary("Create a project (managers); it starts as planned, run by its owner (the caller unless ownerId is given). A duplicate code is a 409 naming it.")
            .RequireAuthorization(Policies.Manager)
            .ProducesWriteProblems();
}
