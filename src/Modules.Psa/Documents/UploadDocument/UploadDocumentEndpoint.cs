using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using OpsPlatform.Shared.Files.Uploads;
using OpsPlatform.Shared.Kernel.Http;
using OpsPlatform.Identity.Contracts;

namespace OpsPlatform.Modules.Psa.Documents.UploadDocument;

internal static class UploadDocumentEndpoint
{
    public static void MapUploadDocument(this RouteGroupBuilder group) =>
        group.MapPost("/projects/{id:guid}/documents", async (Guid id, string? title, bool? sharedWithClients, HttpRequest request, UploadReader reader,
                IMediator mediator, CancellationToken ct) =>
            {
                var document = await mediator.Send(new UploadDocumentCommand(id, title, sharedWithClients ?? false, token => reader.ReadAsync(request, token)), ct);
                return TypedResults.Created($"/api/psa/documents/{document.Id}", document);
            })
            .WithName("UploadDocument")
            .WithSummary("Add a document to a project (multipart/form-data part 'file'; title defaults to the file's name): its owner and members. sharedWithClients=true is honoured for the owner.")
            .AcceptsUpload()
            .RequireAuthorization(Policies.SignedIn)
            .ProducesWriteProblems()
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType);
}
