using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using OpsPlatform.Shared.Kernel.Http;
using OpsPlatform.Identity.Contracts;

namespace OpsPlatform.Modules.Janitorial.Sites.GetSiteScorecard;

internal static class GetSiteScorecardEndpoint
{
    public static void MapGetSiteScorecard(this RouteGroupBuilder group) =>
        group.MapGet("/sites/{id:guid}/scorecard", async (Guid id, DateOnly? from, DateOnly? to, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new GetSiteScorecardQuery(id, from, to), ct)))
            .WithName("GetSiteScorecard")
            .WithSummary("A site's average inspection score by month, failed inspections and missed cleanings (managers, site staff, and client users where the site grants it).")
            .RequireAuthorization(Policies.SignedIn)
            .ProducesReadProblems();
}
