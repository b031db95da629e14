using MediatR;
using Microsoft.AspNetCore.Http;
using Marten;
using OpsPlatform.Modules.Janitorial.Persistence;
using OpsPlatform.Shared.Files.Downloads;
using OpsPlatform.Shared.Files.Storage;
using OpsPlatform.Shared.Kernel.Domain;
using OpsPlatform.Identity.Contracts;

namespace OpsPlatform.Modules.Janitorial.Inspections.Photos.GetInspectionPhoto;

internal sealed class GetInspectionPhotoHandler(JanitorialSession db, IFileStore files, ICurrentUser user) : IRequestHandler<GetInspectionPhotoQuery, IResult>
{
    public async Task<IResult> Handle(GetInspectionPhotoQuery query, CancellationToken cancellationToken)
    {
        await db.EnsureReadableAsync(query.InspectionId, user, cancellationToken);
        var photo = await db.Documents.Query<InspectionPhoto>()
                        .SingleOrDefaultAsync(p => p.Id == query.PhotoId && p.InspectionId == query.InspectionId, cancellationToken)
                    ?? throw new NotFoundException("Photo", query.PhotoId);
        var stored = await files.OpenReadAsync(photo.Key, cancellationToken) ?? throw new NotFoundException("Photo", query.PhotoId);
        return FileDownload.Result(stored, photo.ContentType, photo.FileName, photo.Sha256);
    }
}
