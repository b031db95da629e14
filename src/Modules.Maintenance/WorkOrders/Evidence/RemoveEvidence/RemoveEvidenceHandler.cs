using MediatR;
using OpsPlatform.Identity.Contracts;
using OpsPlatform.Modules.Maintenance.Persistence;
using OpsPlatform.Shared.Files.Attachments;

namespace OpsPlatform.Modules.Maintenance.WorkOrders.Evidence.RemoveEvidence;

/// <summary>The record goes first; the bytes follow once that committed (if removing them fails, the orphan sweep finishes the job).</summary>
internal sealed class RemoveEvidenceHandler(MaintenanceSession db, FileAttachments attachments, ICurrentUser user) : IRequestHandler<RemoveEvidenceCommand, bool>
{
    public async Task<bool> Handle(RemoveEvidenceCommand command, CancellationToken cancellationToken)
    {
        var workOrder = await db.WritableWorkOrderAsync(command.WorkOrderId, user, cancellationToken);
        var evidence = await db.EvidenceAsync(command.WorkOrderId, command.EvidenceId, cancellationToken);
        WorkOrderEvidence.EnsureOpenForEvidence(workOrder);
        db.Documents.Delete(evidence);
        await db.SaveChangesAsync(cancellationToken);
        await attachments.RemoveAsync(evidence.Key);
        return true;
    }
}
