using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using OpsPlatform.Shared.Kernel.Http;
using OpsPlatform.Identity.Contracts;

namespace OpsPlatform.Modules.Psa.Projects.GetProject;

internal static class GetProjectEndpoint
{
    public static void MapGetProject(this RouteGroupBuilder group) =>
        group.MapGet("/projects/{id:guid}", async (Guid id, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new GetProjectQuery(id), ct)))
            .WithName("GetProject")
            .WithSummary("One project with its members, budget and status history: managers and admins see any, the owner and members theirs; anyone else (client viewers too) gets 404.")
            .RequireAuthorization(Policies.SignedIn)
            .ProducesReadProblems();
}
