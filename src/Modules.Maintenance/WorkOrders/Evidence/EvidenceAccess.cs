using Marten;
using OpsPlatform.Identity.Contracts;
using OpsPlatform.Modules.Maintenance.Persistence;
using OpsPlatform.Shared.Kernel.Domain;

namespace OpsPlatform.Modules.Maintenance.WorkOrders.Evidence;

/// <summary>
/// Evidence is readable by exactly those who may see its work order (its requester, its technician, managers) and
/// writable by those who may work on it (its technician, managers); to anyone else the work order is not found.
/// </summary>
internal static class EvidenceAccess
{
    public static async Task EnsureReadableAsync(this MaintenanceSession db, Guid workOrderId, ICurrentUser user, CancellationToken cancellationToken)
    {
        if (!await db.Documents.Query<WorkOrder>().VisibleTo(user).AnyAsync(w => w.Id == workOrderId, cancellationToken))
            throw new NotFoundException("Work order", workOrderId);
    }

    public static async Task<WorkOrder> WritableWorkOrderAsync(this MaintenanceSession db, Guid workOrderId, ICurrentUser user, CancellationToken cancellationToken) =>
        await db.Documents.Query<WorkOrder>().WorkableBy(user).SingleOrDefaultAsync(w => w.Id == workOrderId, cancellationToken)
        ?? throw new NotFoundException("Work order", workOrderId);

    public static async Task<WorkOrderEvidence> EvidenceAsync(this MaintenanceSession db, Guid workOrderId, Guid evidenceId, CancellationToken cancellationToken) =>
        await db.Documents.Query<WorkOrderEvidence>().SingleOrDefaultAsync(e => e.Id == evidenceId && e.WorkOrderId == workOrderId, cancellationToken)
        ?? throw new NotFoundException("Evidence", evidenceId);
}
