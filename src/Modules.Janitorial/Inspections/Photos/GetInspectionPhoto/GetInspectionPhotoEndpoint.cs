using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using OpsPlatform.Shared.Files.Thumbnails;
using OpsPlatform.Shared.Kernel.Http;
using OpsPlatform.Identity.Contracts;

namespace OpsPlatform.Modules.Janitorial.Inspections.Photos.GetInspectionPhoto;

internal static class GetInspectionPhotoEndpoint
{
    public static void MapGetInspectionPhoto(this RouteGroupBuilder group)
    {
        group.MapGet("/inspections/{id:guid}/photos/{photoId:guid}/content", (Guid id, Guid photoId, IMediator mediator, CancellationToken ct) =>
                mediator.Send(new GetInspectionPhotoQuery(id, photoId), ct))
            .WithName("GetInspectionPhoto")
            .WithSummary("Download a photo of an inspection (ranges and ETag supported), for whoever may read the inspection.")
            .Produces<byte[]>(StatusCodes.Status200OK, "image/png", "image/jpeg", "image/gif", "image/webp")
            .RequireAuthorization(Policies.SignedIn)
            .ProducesReadProblems();

        group.MapGet("/inspections/{id:guid}/photos/{photoId:guid}/thumbnail", (Guid id, Guid photoId, IMediator mediator, CancellationToken ct) =>
                mediator.Send(new GetInspectionPhotoQuery(id, photoId, Thumbnail: true), ct))
            .WithName("GetInspectionPhotoThumbnail")
            .WithSummary($"A small WebP preview (at most {ImageThumbnails.Edge} px on the long side) of an inspection's photo, for lists; 404 when the image could not be decoded.")
            .Produces<byte[]>(StatusCodes.Status200OK, ImageThumbnails.ContentType)
            .RequireAuthorization(Policies.SignedIn)
            .ProducesReadProblems();
    }
}
