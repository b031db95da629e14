using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using OpsPlatform.Shared.Kernel.Http;
using OpsPlatform.Identity.Contracts;

namespace OpsPlatform.Modules.Psa.Projects.ArchiveProject;

internal static class ArchiveProjectEndpoint
{
    public static void MapArchiveProject(this RouteGroupBuilder group) =>
        group.MapPost("/projects/{id:guid}/archive", async (Guid id, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new ArchiveProjectCommand(id), ct)))
            .WithName("ArchiveProject")
            .WithSummary("Archive a completed or cancelled project (owner or admin): it leaves the default lists and becomes read-only.")
            .RequireAuthorization(Policies.SignedIn)
            .ProducesWriteProblems();
}
