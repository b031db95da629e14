using OpsPlatform.Shared.Kernel.Cqrs;

namespace OpsPlatform.Modules.Janitorial.Inspections.Photos.RemoveInspectionPhoto;

internal sealed record RemoveInspectionPhotoCommand(Guid InspectionId, Guid PhotoId) : ICommand<bool>;
