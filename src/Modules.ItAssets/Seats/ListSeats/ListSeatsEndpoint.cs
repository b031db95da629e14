using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using OpsPlatform.Identity.Contracts;
using OpsPlatform.Shared.Kernel.Http;

namespace OpsPlatform.Modules.ItAssets.Seats.ListSeats;

internal static class ListSeatsEndpoint
{
    internal sealed record Filter(bool? Active, int? Page, int? PageSize, string? Sort, bool? Count);

    public static void MapListSeats(this RouteGroupBuilder group) =>
        group.MapGet("/licenses/{id:guid}/seats", async (Guid id, [AsParameters] Filter f, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new ListSeatsQuery(id, f.Active, f.Page, f.PageSize, f.Sort, f.Count), ct)))
            .WithName("ListLicenseSeats")
            .WithSummary("A license's seats, newest first (IT staff: all; a seat holder: their own; anyone else: 404).")
            .RequireAuthorization(Policies.SignedIn)
            .ProducesReadProblems();
}
