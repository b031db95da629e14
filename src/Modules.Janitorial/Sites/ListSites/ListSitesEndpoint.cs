using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using OpsPlatform.Shared.Kernel.Http;
using OpsPlatform.Identity.Contracts;

namespace OpsPlatform.Modules.Janitorial.Sites.ListSites;

internal static class ListSitesEndpoint
{
    public static void MapListSites(this RouteGroupBuilder group) =>
        group.MapGet("/sites", async ([AsParameters] ListSitesQuery query, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(query, ct)))
            .WithName("ListSites")
            .WithSummary("Client sites the caller may see, filtered by client, service level or active; sortable by siteName, siteCode, clientName, createdAt.")
            .RequireAuthorization(Policies.SignedIn)
            .ProducesReadProblems();
}
