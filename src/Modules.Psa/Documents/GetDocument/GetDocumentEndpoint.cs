using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using OpsPlatform.Shared.Kernel.Http;
using OpsPlatform.Identity.Contracts;

namespace OpsPlatform.Modules.Psa.Documents.GetDocument;

internal static class GetDocumentEndpoint
{
    public static void MapGetDocument(this RouteGroupBuilder group) =>
        group.MapGet("/documents/{id:guid}", async (Guid id, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new GetDocumentQuery(id), ct)))
            .WithName("GetDocument")
            .WithSummary("A document's metadata and versions (logged as a view): the project's team, and its client viewers when shared; 404 for anyone else.")
            .RequireAuthorization(Policies.SignedIn)
            .ProducesReadProblems();
}
