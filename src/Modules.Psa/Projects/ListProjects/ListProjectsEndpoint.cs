using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using OpsPlatform.Shared.Kernel.Http;
using OpsPlatform.Identity.Contracts;

namespace OpsPlatform.Modules.Psa.Projects.ListProjects;

internal static class ListProjectsEndpoint
{
    public static void MapListProjects(this RouteGroupBuilder group) =>
        group.MapGet("/projects", async ([AsParameters] ListProjectsQuery query, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(query, ct)))
            .WithName("ListProjects")
            .WithSummary("Projects (managers: all; others: those they lead), filtered by status, manager, client or due date.")
            .RequireAuthorization(Policies.SignedIn)
            .ProducesReadProblems();
}
