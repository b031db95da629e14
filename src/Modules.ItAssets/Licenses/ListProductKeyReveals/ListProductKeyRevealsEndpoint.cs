using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using OpsPlatform.Identity.Contracts;
using OpsPlatform.Shared.Kernel.Http;

namespace OpsPlatform.Modules.ItAssets.Licenses.ListProductKeyReveals;

internal static class ListProductKeyRevealsEndpoint
{
    internal sealed record Paging(int? Page, int? PageSize, string? Sort, bool? Count);

    public static void MapListProductKeyReveals(this RouteGroupBuilder group) =>
        group.MapGet("/licenses/{id:guid}/product-key/reveals", async (Guid id, [AsParameters] Paging p, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new ListProductKeyRevealsQuery(id, p.Page, p.PageSize, p.Sort, p.Count), ct)))
            .WithName("ListProductKeyReveals")
            .WithSummary("Who revealed a license's product key and when, newest first (IT staff).")
            .RequireAuthorization(Policies.Manager)
            .ProducesReadProblems();
}
