using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using OpsPlatform.Identity.Contracts;
using OpsPlatform.Shared.Kernel.Http;

namespace OpsPlatform.Modules.ItAssets.Licenses.CreateLicense;

internal static class CreateLicenseEndpoint
{
    public static void MapCreateLicense(this RouteGroupBuilder group) =>
        group.MapPost("/licenses", async (CreateLicenseCommand command, IMediator mediator, CancellationToken ct) =>
            {
                var license = await mediator.Send(command, ct);
                return TypedResults.Created($"/api/it-assets/licenses/{license.Id}", license);
            })
            .WithName("CreateLicense")
            .WithSummary("Record a software license (IT staff). The product key is encrypted at rest and only shown through an explicit, recorded reveal.")
            .RequireAuthorization(Policies.Manager)
            .ProducesWriteProblems();
}
