using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using OpsPlatform.Shared.Kernel.Http;
using OpsPlatform.Identity.Contracts;

namespace OpsPlatform.Modules.Psa.Documents.ListUserAccess;

internal static class ListUserAccessEndpoint
{
    public static void MapListUserAccess(this RouteGroupBuilder group) =>
        group.MapGet("/people/{userId:guid}/document-access", async ([AsParameters] ListUserAccessQuery query, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(query, ct)))
            .WithName("ListUserAccess")
            .WithSummary("A person's document views and downloads, newest first: admins all, project owners those on their projects; 404 for anyone who owns no project.")
            .RequireAuthorization(Policies.SignedIn)
            .ProducesReadProblems();
}
