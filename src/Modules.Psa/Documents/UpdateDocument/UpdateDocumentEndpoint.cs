using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using OpsPlatform.Shared.Kernel.Http;
using OpsPlatform.Identity.Contracts;

namespace OpsPlatform.Modules.Psa.Documents.UpdateDocument;

internal static class UpdateDocumentEndpoint
{
    public static void MapUpdateDocument(this RouteGroupBuilder group) =>
        group.MapPut("/documents/{id:guid}", async (Guid id, UpdateDocumentCommand command, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(command with { Id = id }, ct)))
            .WithName("UpdateDocument")
            .WithSummary("Rename a document and share it with the client's viewers or stop sharing: the project's owner (or an admin).")
            .RequireAuthorization(Policies.SignedIn)
            .ProducesWriteProblems();
}
