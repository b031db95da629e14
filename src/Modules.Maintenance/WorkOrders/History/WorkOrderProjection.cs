using JasperFx.Events;
using Marten.Events.Aggregation;

namespace OpsPlatform.Modules.Maintenance.WorkOrders.History;

/// <summary>
/// The work order document as the inline projection of its stream, written in the same transaction as the events.
/// An event the command already applied to the instance it appends from (same version) is not applied twice.
/// </summary>
internal sealed class WorkOrderProjection : SingleStreamProjection<WorkOrder, Guid>
{
    public override WorkOrder? Evolve(WorkOrder? snapshot, Guid id, IEvent e)
    {
        if (e.Data is not WorkOrderHistory.IEvent change) return snapshot;
        var workOrder = snapshot ?? WorkOrder.Empty(id);
        if (workOrder.Version < e.Version) workOrder.Advance(change);
        return workOrder;
    }
}
