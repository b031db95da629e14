using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using OpsPlatform.Identity.Contracts;
using OpsPlatform.Shared.Kernel.Http;

namespace OpsPlatform.Modules.ItAssets.Licenses.ListMyLicenses;

internal static class ListMyLicensesEndpoint
{
    public static void MapListMyLicenses(this RouteGroupBuilder group) =>
        group.MapGet("/my/licenses", async ([AsParameters] ListMyLicensesQuery query, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(query, ct)))
            .WithName("ListMyLicenses")
            .WithSummary("My licenses: the seats the signed-in user holds, newest first.")
            .RequireAuthorization(Policies.SignedIn)
            .ProducesReadProblems();
}
