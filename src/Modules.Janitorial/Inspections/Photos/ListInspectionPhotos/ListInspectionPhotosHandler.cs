using MediatR;
using Microsoft.EntityFrameworkCore;
using OpsPlatform.Modules.Janitorial.Persistence;
using OpsPlatform.Shared.Kernel.Security;

namespace OpsPlatform.Modules.Janitorial.Inspections.Photos.ListInspectionPhotos;

/// <summary>An inspection's photos, oldest first; at most <c>AddInspectionPhotoHandler.MaxPhotos</c>, so one page holds them all.</summary>
internal sealed class ListInspectionPhotosHandler(JanitorialDbContext db, ICurrentUser user)
    : IRequestHandler<ListInspectionPhotosQuery, IReadOnlyList<InspectionPhotoDetails>>
{
    public async Task<IReadOnlyList<InspectionPhotoDetails>> Handle(ListInspectionPhotosQuery query, CancellationToken cancellationToken)
    {
        await db.EnsureReadableAsync(query.InspectionId, user, cancellationToken);
        var photos = await db.InspectionPhotos.AsNoTracking()
            .Where(p => p.InspectionId == query.InspectionId)
            .OrderBy(p => p.UploadedAt).ThenBy(p => p.Id)
            .ToListAsync(cancellationToken);
        return photos.Select(InspectionPhotoDetails.From).ToList();
    }
}
