using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using OpsPlatform.Shared.Kernel.Http;
using OpsPlatform.Identity.Contracts;

namespace OpsPlatform.Modules.Janitorial.Sites.UpdateSite;

internal static class UpdateSiteEndpoint
{
    public static void MapUpdateSite(this RouteGroupBuilder group) =>
        group.MapPut("/sites/{id:guid}", async (Guid id, UpdateSiteCommand command, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(command with { Id = id }, ct)))
            .WithName("UpdateSite")
            .WithSummary("Change a client site (managers). Send the version you read; a stale one gets 409.")
            .RequireAuthorization(Policies.Manager)
            .ProducesWriteProblems();
}
