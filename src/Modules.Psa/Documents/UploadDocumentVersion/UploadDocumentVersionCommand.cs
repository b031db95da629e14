using OpsPlatform.Shared.Files.Uploads;
using OpsPlatform.Shared.Kernel.Cqrs;

namespace OpsPlatform.Modules.Psa.Documents.UploadDocumentVersion;

internal sealed record UploadDocumentVersionCommand(Guid DocumentId, Func<CancellationToken, Task<ReceivedUpload>> Receive) : ICommand<DocumentDetails>;
