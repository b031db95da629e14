using MediatR;
using Microsoft.AspNetCore.Http;
using Marten;
using OpsPlatform.Modules.Janitorial.Persistence;
using OpsPlatform.Shared.Files.Attachments;
using OpsPlatform.Shared.Kernel.Domain;
using OpsPlatform.Identity.Contracts;

namespace OpsPlatform.Modules.Janitorial.Inspections.Photos.GetInspectionPhoto;

internal sealed class GetInspectionPhotoHandler(JanitorialSession db, FileAttachments attachments, ICurrentUser user) : IRequestHandler<GetInspectionPhotoQuery, IResult>
{
    public async Task<IResult> Handle(GetInspectionPhotoQuery query, CancellationToken cancellationToken)
    {
        await db.EnsureReadableAsync(query.InspectionId, user, cancellationToken);
        var photo = await db.Documents.Query<InspectionPhoto>()
                        .SingleOrDefaultAsync(p => p.Id == query.PhotoId && p.InspectionId == query.InspectionId, cancellationToken)
                    ?? throw new NotFoundException("Photo", query.PhotoId);
        var result = query.Thumbnail
            ? await attachments.ThumbnailAsync(photo.Key, photo.AsFile(), cancellationToken)
            : await attachments.DownloadAsync(photo.Key, photo.AsFile(), cancellationToken);
        return result ?? throw new NotFoundException(query.Thumbnail ? "Thumbnail of photo" : "Photo", query.PhotoId);
    }
}
