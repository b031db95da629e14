using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using OpsPlatform.Identity.Contracts;
using OpsPlatform.Shared.Kernel.Http;

namespace OpsPlatform.Modules.ItAssets.Licenses.GetLicense;

internal static class GetLicenseEndpoint
{
    public static void MapGetLicense(this RouteGroupBuilder group) =>
        group.MapGet("/licenses/{id:guid}", async (Guid id, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new GetLicenseQuery(id), ct)))
            .WithName("GetLicense")
            .WithSummary("One license, without its product key (IT staff: any; a seat holder: theirs; anyone else: 404).")
            .RequireAuthorization(Policies.SignedIn)
            .ProducesReadProblems();
}
