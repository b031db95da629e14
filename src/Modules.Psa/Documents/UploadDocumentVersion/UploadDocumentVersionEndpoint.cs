using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using OpsPlatform.Shared.Files.Uploads;
using OpsPlatform.Shared.Kernel.Http;
using OpsPlatform.Identity.Contracts;

namespace OpsPlatform.Modules.Psa.Documents.UploadDocumentVersion;

internal static class UploadDocumentVersionEndpoint
{
    public static void MapUploadDocumentVersion(this RouteGroupBuilder group) =>
        group.MapPost("/documents/{id:guid}/versions", async (Guid id, HttpRequest request, UploadReader reader, IMediator mediator, CancellationToken ct) =>
            {
                var document = await mediator.Send(new UploadDocumentVersionCommand(id, token => reader.ReadAsync(request, token)), ct);
                return TypedResults.Created($"/api/psa/documents/{id}/content?version={document.CurrentVersion}", document);
            })
            .WithName("UploadDocumentVersion")
            .WithSummary("Upload a new version of a document (multipart/form-data part 'file'); the old versions are kept. The project's owner and members.")
            .AcceptsUpload()
            .RequireAuthorization(Policies.SignedIn)
            .ProducesWriteProblems()
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType);
}
