using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using OpsPlatform.Shared.Kernel.Http;
using OpsPlatform.Identity.Contracts;

namespace OpsPlatform.Modules.Psa.Documents.ListDocuments;

internal static class ListDocumentsEndpoint
{
    public static void MapListDocuments(this RouteGroupBuilder group) =>
        group.MapGet("/projects/{id:guid}/documents", async ([AsParameters] ListDocumentsQuery query, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(query, ct)))
            .WithName("ListDocuments")
            .WithSummary("A project's documents (each listed one logged as a view): all for its team, the shared ones for its client viewers; sorted by title or createdAt.")
            .RequireAuthorization(Policies.SignedIn)
            .ProducesReadProblems();
}
