using MediatR;
using Marten;
using OpsPlatform.Modules.Janitorial.Persistence;
using OpsPlatform.Shared.Kernel.Http;
using OpsPlatform.Identity.Contracts;

namespace OpsPlatform.Modules.Janitorial.Inspections.Photos.ListInspectionPhotos;

internal sealed class ListInspectionPhotosHandler(JanitorialSession db, ICurrentUser user)
    : IRequestHandler<ListInspectionPhotosQuery, Paged<InspectionPhotoDetails>>
{
    public async Task<Paged<InspectionPhotoDetails>> Handle(ListInspectionPhotosQuery query, CancellationToken cancellationToken)
    {
        await db.EnsureReadableAsync(query.Id, user, cancellationToken);
        var page = await db.Documents.Query<InspectionPhoto>()
            .Where(p => p.InspectionId == query.Id)
            .OrderBy(p => p.UploadedAt).ThenBy(p => p.Id)
            .ToPagedAsync(query, cancellationToken);
        return page.Select(InspectionPhotoDetails.From);
    }
}
