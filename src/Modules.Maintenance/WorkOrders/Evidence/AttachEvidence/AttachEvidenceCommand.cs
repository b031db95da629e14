using OpsPlatform.Shared.Files.Uploads;
using OpsPlatform.Shared.Kernel.Cqrs;

namespace OpsPlatform.Modules.Maintenance.WorkOrders.Evidence.AttachEvidence;

/// <summary><see cref="Receive"/> reads the uploaded file; the handler calls it only once the caller may work on the work order and it takes the evidence.</summary>
internal sealed record AttachEvidenceCommand(Guid WorkOrderId, EvidenceKind Kind, Func<CancellationToken, Task<ReceivedUpload>> Receive) : ICommand<EvidenceDetails>;
