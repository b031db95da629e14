using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using OpsPlatform.Identity.Contracts;
using OpsPlatform.Shared.Files.Thumbnails;
using OpsPlatform.Shared.Kernel.Http;

namespace OpsPlatform.Modules.Maintenance.WorkOrders.Evidence.GetEvidenceFile;

internal static class GetEvidenceFileEndpoint
{
    public static void MapGetEvidenceFile(this RouteGroupBuilder group)
    {
        group.MapGet("/work-orders/{id:guid}/evidence/{evidenceId:guid}/content", (Guid id, Guid evidenceId, IMediator mediator, CancellationToken ct) =>
                mediator.Send(new GetEvidenceFileQuery(id, evidenceId, Thumbnail: false), ct))
            .WithName("GetWorkOrderEvidence")
            .WithSummary("Download a photo or the signature of a work order (ranges and ETag supported), for whoever may see the work order.")
            .Produces<byte[]>(StatusCodes.Status200OK, "image/png", "image/jpeg", "image/gif", "image/webp")
            .RequireAuthorization(Policies.SignedIn)
            .ProducesReadProblems();

        group.MapGet("/work-orders/{id:guid}/evidence/{evidenceId:guid}/thumbnail", (Guid id, Guid evidenceId, IMediator mediator, CancellationToken ct) =>
                mediator.Send(new GetEvidenceFileQuery(id, evidenceId, Thumbnail: true), ct))
            .WithName("GetWorkOrderEvidenceThumbnail")
            .WithSummary($"A small WebP preview (at most {ImageThumbnails.Edge} px on the long side) of a work order's photo or signature; 404 when the image could not be decoded.")
            .Produces<byte[]>(StatusCodes.Status200OK, ImageThumbnails.ContentType)
            .RequireAuthorization(Policies.SignedIn)
            .ProducesReadProblems();
    }
}
