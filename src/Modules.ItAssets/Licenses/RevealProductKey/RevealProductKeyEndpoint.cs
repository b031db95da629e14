using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using OpsPlatform.Identity.Contracts;
using OpsPlatform.Shared.Kernel.Http;

namespace OpsPlatform.Modules.ItAssets.Licenses.RevealProductKey;

internal static class RevealProductKeyEndpoint
{
    public static void MapRevealProductKey(this RouteGroupBuilder group) =>
        group.MapPost("/licenses/{id:guid}/product-key/reveal", async (Guid id, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new RevealProductKeyCommand(id), ct)))
            .WithName("RevealProductKey")
            .WithSummary("Show a license's product key (IT staff only). Every reveal is recorded with who and when (GET .../product-key/reveals).")
            .RequireAuthorization(Policies.Manager)
            .ProducesWriteProblems();
}
