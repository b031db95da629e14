using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using OpsPlatform.Shared.Kernel.Http;
using OpsPlatform.Identity.Contracts;

namespace OpsPlatform.Modules.Janitorial.Sites.CreateSite;

internal static class CreateSiteEndpoint
{
    public static void MapCreateSite(this RouteGroupBuilder group) =>
        group.MapPost("/sites", async (CreateSiteCommand command, IMediator mediator, CancellationToken ct) =>
            {
                var site = await mediator.Send(command, ct);
                return TypedResults.Created($"/api/janitorial/sites/{site.Id}", site);
            })
            .WithName("CreateSite")
            .WithSummary("Create a client site (managers).")
            .RequireAuthorization(Policies.Manager)
            .ProducesWriteProblems();
}
