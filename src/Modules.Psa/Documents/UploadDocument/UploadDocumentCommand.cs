using OpsPlatform.Shared.Files.Uploads;
using OpsPlatform.Shared.Kernel.Cqrs;

namespace OpsPlatform.Modules.Psa.Documents.UploadDocument;

/// <summary><see cref="Receive"/> reads the uploaded file; the handler calls it only once the caller may add documents to the project.</summary>
internal sealed record UploadDocumentCommand(Guid ProjectId, string? Title, bool SharedWithClients, Func<CancellationToken, Task<ReceivedUpload>> Receive)
    : ICommand<DocumentDetails>;
