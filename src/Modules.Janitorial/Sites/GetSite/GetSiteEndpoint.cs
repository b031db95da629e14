using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using OpsPlatform.Shared.Kernel.Http;
using OpsPlatform.Identity.Contracts;

namespace OpsPlatform.Modules.Janitorial.Sites.GetSite;

internal static class GetSiteEndpoint
{
    public static void MapGetSite(this RouteGroupBuilder group) =>
        group.MapGet("/sites/{id:guid}", async (Guid id, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new GetSiteQuery(id), ct)))
            .WithName("GetSite")
            .WithSummary("One client site: managers see any (with its members); others only the sites they are assigned to.")
            .RequireAuthorization(Policies.SignedIn)
            .ProducesReadProblems();
}
