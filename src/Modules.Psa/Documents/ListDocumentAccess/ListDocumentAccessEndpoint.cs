using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using OpsPlatform.Shared.Kernel.Http;
using OpsPlatform.Identity.Contracts;

namespace OpsPlatform.Modules.Psa.Documents.ListDocumentAccess;

internal static class ListDocumentAccessEndpoint
{
    public static void MapListDocumentAccess(this RouteGroupBuilder group) =>
        group.MapGet("/documents/{id:guid}/access-log", async ([AsParameters] ListDocumentAccessQuery query, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(query, ct)))
            .WithName("ListDocumentAccess")
            .WithSummary("Who viewed or downloaded a document, which version and when, newest first: the project's owner and admins only (404 for anyone else). Append-only: there is no route to change it.")
            .RequireAuthorization(Policies.SignedIn)
            .ProducesReadProblems();
}
