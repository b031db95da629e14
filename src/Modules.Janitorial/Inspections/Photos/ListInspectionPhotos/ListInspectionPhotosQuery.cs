using OpsPlatform.Shared.Kernel.Cqrs;
using OpsPlatform.Shared.Kernel.Http;

namespace OpsPlatform.Modules.Janitorial.Inspections.Photos.ListInspectionPhotos;

/// <summary>An inspection's photos in the order they were taken (upload time, then id); no other sort is offered.</summary>
internal sealed record ListInspectionPhotosQuery(Guid Id, int? Page, int? PageSize, bool? Count) : IQuery<Paged<InspectionPhotoDetails>>, IPagedQuery
{
    public string? Sort => null;
}
