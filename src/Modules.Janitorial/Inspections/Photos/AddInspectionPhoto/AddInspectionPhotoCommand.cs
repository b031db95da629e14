using OpsPlatform.Shared.Files.Uploads;
using OpsPlatform.Shared.Kernel.Cqrs;

namespace OpsPlatform.Modules.Janitorial.Inspections.Photos.AddInspectionPhoto;

/// <summary><see cref="Receive"/> reads the uploaded file; the handler calls it only once the caller may write the inspection.</summary>
internal sealed record AddInspectionPhotoCommand(Guid InspectionId, Func<CancellationToken, Task<ReceivedUpload>> Receive) : ICommand<InspectionPhotoDetails>;
