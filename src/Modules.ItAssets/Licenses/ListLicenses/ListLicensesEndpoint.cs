using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using OpsPlatform.Identity.Contracts;
using OpsPlatform.Shared.Kernel.Http;

namespace OpsPlatform.Modules.ItAssets.Licenses.ListLicenses;

internal static class ListLicensesEndpoint
{
    public static void MapListLicenses(this RouteGroupBuilder group) =>
        group.MapGet("/licenses", async ([AsParameters] ListLicensesQuery query, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(query, ct)))
            .WithName("ListLicenses")
            .WithSummary("Licenses with their seat counts, by model, vendor or expiry (IT staff; others use /my/licenses). No product keys.")
            .RequireAuthorization(Policies.Manager)
            .ProducesReadProblems();
}
