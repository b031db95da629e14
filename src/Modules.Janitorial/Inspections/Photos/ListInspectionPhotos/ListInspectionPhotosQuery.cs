using OpsPlatform.Shared.Kernel.Cqrs;

namespace OpsPlatform.Modules.Janitorial.Inspections.Photos.ListInspectionPhotos;

internal sealed record ListInspectionPhotosQuery(Guid InspectionId) : IQuery<IReadOnlyList<InspectionPhotoDetails>>;
