using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using OpsPlatform.Shared.Kernel.Http;
using OpsPlatform.Identity.Contracts;

namespace OpsPlatform.Modules.Psa.Documents.DownloadDocument;

internal static class DownloadDocumentEndpoint
{
    public static void MapDownloadDocument(this RouteGroupBuilder group) =>
        group.MapGet("/documents/{id:guid}/content", (Guid id, int? version, IMediator mediator, CancellationToken ct) =>
                mediator.Send(new DownloadDocumentQuery(id, version), ct))
            .WithName("DownloadDocument")
            .WithSummary("Download a document's file, the current version or ?version=n (ranges and ETag supported; logged as a download), for whoever may read the document.")
            .Produces<byte[]>(StatusCodes.Status200OK, "application/octet-stream")
            .RequireAuthorization(Policies.SignedIn)
            .ProducesReadProblems();
}
