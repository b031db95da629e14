using OpsPlatform.Modules.Maintenance.Schedules;
using OpsPlatform.Modules.Maintenance.MaintenanceLogs;
using MediatR;
using Marten;
using OpsPlatform.Modules.Maintenance.Persistence;
using OpsPlatform.Identity.Contracts;
using OpsPlatform.Modules.Maintenance.WorkOrders.Evidence;
using OpsPlatform.Shared.Files.Attachments;

namespace OpsPlatform.Modules.Maintenance.WorkOrders.DeleteWorkOrder;

/// <summary>Removes a work order raised by mistake, with its bookings and evidence (its stream is archived; the evidence's bytes go after the commit); one with logs is refused.</summary>
internal sealed class DeleteWorkOrderHandler(MaintenanceSession db, FileAttachments attachments, ICurrentUser user) : IRequestHandler<DeleteWorkOrderCommand, bool>
{
    public async Task<bool> Handle(DeleteWorkOrderCommand command, CancellationToken cancellationToken)
    {
        var workOrder = (await db.WorkOrderToChangeAsync(command.Id, user, command.Version, cancellationToken)).Aggregate!;
        workOrder.EnsureDeletable(await db.Documents.Query<MaintenanceLog>().AnyAsync(l => l.WorkOrderId == workOrder.Id, cancellationToken));
        db.Documents.DeleteWhere<ScheduleEntry>(e => e.WorkOrderId == workOrder.Id);
        db.Documents.Delete(workOrder);
        db.Documents.Events.ArchiveStream(workOrder.Id);
        var evidence = await db.Documents.Query<WorkOrderEvidence>().Where(e => e.WorkOrderId == workOrder.Id).Select(e => e.Id).ToListAsync(cancellationToken);
        db.Documents.DeleteWhere<WorkOrderEvidence>(e => e.WorkOrderId == workOrder.Id);
        await db.SaveChangesAsync(cancellationToken);
        await attachments.RemoveAsync(evidence.Select(id => WorkOrderEvidence.KeyOf(workOrder.Id, id)));
        return true;
    }
}
