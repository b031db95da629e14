using Marten;
using MediatR;
using OpsPlatform.Identity.Contracts;
using OpsPlatform.Modules.Maintenance.Persistence;
using OpsPlatform.Shared.Files.Attachments;

namespace OpsPlatform.Modules.Maintenance.WorkOrders.Evidence.AttachEvidence;

/// <summary>
/// Checks the caller may work on the work order and that it takes the evidence before a byte is read; stores the
/// bytes (and a thumbnail), then commits the record (the bytes go again if that fails). A new signature replaces the
/// old one under a per-work-order lock; the old bytes are removed after the commit.
/// </summary>
internal sealed class AttachEvidenceHandler(MaintenanceSession db, FileAttachments attachments, ICurrentUser user)
    : IRequestHandler<AttachEvidenceCommand, EvidenceDetails>
{
    public async Task<EvidenceDetails> Handle(AttachEvidenceCommand command, CancellationToken cancellationToken)
    {
        var workOrder = await db.WritableWorkOrderAsync(command.WorkOrderId, user, cancellationToken);
        var photos = command.Kind == EvidenceKind.Photo
            ? await db.Documents.Query<WorkOrderEvidence>().CountAsync(e => e.WorkOrderId == workOrder.Id && e.Kind == EvidenceKind.Photo, cancellationToken)
            : 0;
        WorkOrderEvidence.EnsureTakes(workOrder, command.Kind, photos);

        await using var upload = await command.Receive(cancellationToken);
        WorkOrderEvidence.EnsureImage(command.Kind, upload);
        var id = Guid.CreateVersion7();
        var key = WorkOrderEvidence.KeyOf(workOrder.Id, id);
        var evidence = WorkOrderEvidence.Of(id, workOrder, command.Kind, await attachments.StoreAsync(key, upload, user.Id, cancellationToken));

        WorkOrderEvidence? replaced = null;
        await attachments.CommitAsync(key, async () =>
        {
            if (command.Kind == EvidenceKind.Signature)
            {
                await db.LockAsync(WorkOrderEvidence.SignatureLock(workOrder.Id), cancellationToken);
                replaced = await db.Documents.Query<WorkOrderEvidence>()
                    .SingleOrDefaultAsync(e => e.WorkOrderId == workOrder.Id && e.Kind == EvidenceKind.Signature, cancellationToken);
                if (replaced is not null) db.Documents.Delete(replaced);
            }
            db.Documents.Insert(evidence);
            await db.SaveChangesAsync(cancellationToken);
        });
        if (replaced is not null) await attachments.RemoveAsync(replaced.Key);
        return EvidenceDetails.From(evidence);
    }
}
