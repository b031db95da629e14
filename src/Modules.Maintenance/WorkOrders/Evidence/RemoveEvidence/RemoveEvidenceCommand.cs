using OpsPlatform.Shared.Kernel.Cqrs;

namespace OpsPlatform.Modules.Maintenance.WorkOrders.Evidence.RemoveEvidence;

internal sealed record RemoveEvidenceCommand(Guid WorkOrderId, Guid EvidenceId) : ICommand<bool>;
