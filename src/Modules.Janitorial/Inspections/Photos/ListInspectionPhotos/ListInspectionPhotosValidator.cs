using OpsPlatform.Shared.Kernel.Http;

namespace OpsPlatform.Modules.Janitorial.Inspections.Photos.ListInspectionPhotos;

/// <summary>Page rules only: photos come in the order they were taken, with no sort to choose.</summary>
internal sealed class ListInspectionPhotosValidator : PagingValidator<ListInspectionPhotosQuery>;
