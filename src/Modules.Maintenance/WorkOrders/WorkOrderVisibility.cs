using Marten;
using JasperFx.Events;
using OpsPlatform.Identity.Contracts;
using OpsPlatform.Modules.Maintenance.Persistence;
using OpsPlatform.Shared.Kernel.Domain;

namespace OpsPlatform.Modules.Maintenance.WorkOrders;

/// <summary>
/// Row scope, folded into each query: managers see every work order; anyone else sees those they requested and
/// those assigned to the technician record linked to their account. A row outside the scope is a 404.
/// </summary>
internal static class WorkOrderVisibility
{
    public static IQueryable<WorkOrder> VisibleTo(this IQueryable<WorkOrder> workOrders, ICurrentUser user)
    {
        if (user.IsManager) return workOrders;
        var me = user.Id;
        return workOrders.Where(w => w.RequestedBy == me || w.TechnicianUserId == me);
    }

    /// <summary>The same scope for one loaded work order.</summary>
    public static bool IsVisibleTo(this WorkOrder workOrder, ICurrentUser user) =>
        user.IsManager || workOrder.RequestedBy == user.Id || workOrder.TechnicianUserId == user.Id;

    /// <summary>Those the caller may work on: any for managers, only those assigned to them for technicians.</summary>
    public static IQueryable<WorkOrder> WorkableBy(this IQueryable<WorkOrder> workOrders, ICurrentUser user)
    {
        if (user.IsManager) return workOrders;
        var me = user.Id;
        return workOrders.Where(w => w.TechnicianUserId == me);
    }

    /// <summary>
    /// Opens a work order's stream for a change by the caller, or 404. The append is checked against the version read
    /// here: a change committed in between makes the save a 409. The stream's version and its document are read in one
    /// batch (one round trip; Marten's own FetchForWriting sends them one after the other).
    /// </summary>
    public static async Task<IEventStream<WorkOrder>> WorkOrderToChangeAsync(this MaintenanceSession db, Guid id, ICurrentUser user, int? version, CancellationToken ct)
    {
        var batch = db.Documents.CreateBatchQuery();
        var fetched = batch.Events.FetchForWriting<WorkOrder>(id);
        await batch.Execute(ct);
        var stream = await fetched;
        if (stream.Aggregate is not { } workOrder || !(user.IsManager || workOrder.TechnicianUserId == user.Id))
            throw new NotFoundException("Work order", id);
        workOrder.EnsureVersion(version);
        return stream;
    }

    /// <summary>Appends what the work order recorded to its stream (saved by the unit of work's commit).</summary>
    public static WorkOrder Append(this IEventStream<WorkOrder> stream)
    {
        var workOrder = stream.Aggregate!;
        stream.AppendMany(workOrder.TakeEvents());
        return workOrder;
    }
}
