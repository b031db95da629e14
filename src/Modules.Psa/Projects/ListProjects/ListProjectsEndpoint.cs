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
            .WithSummary("Projects (managers and admins: all; others: those they run or belong to, client viewers included), filtered by status, owner, client, due date or archived.")
            .RequireAuthorization(Policies.SignedIn)
            .ProducesReadProblems();
}
