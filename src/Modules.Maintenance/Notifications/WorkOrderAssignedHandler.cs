using OpsPlatform.Modules.Maintenance.Contracts;
using OpsPlatform.Modules.Maintenance.Persistence;
using OpsPlatform.Modules.Maintenance.WorkOrders;
using OpsPlatform.Shared.Kernel.Messaging;

namespace OpsPlatform.Modules.Maintenance.Notifications;

/// <summary>
/// "A work order was assigned to me": tells the assigned technician's account (who sees the work order as its
/// technician), and keeps the work order's one overdue check due at its due date (business key per work order). The
/// notification's key is the event's id, so a redelivery notifies nobody twice.
/// </summary>
public sealed class WorkOrderAssignedHandler(MaintenanceSession db, TimeProvider clock) : IIntegrationEventHandler<WorkOrderAssigned>
{
    public async Task Handle(WorkOrderAssigned message, CancellationToken cancellationToken)
    {
        var workOrder = await db.Documents.LoadAsync<WorkOrder>(message.WorkOrderId, cancellationToken);
        if (workOrder is null || workOrder.IsFinished || workOrder.TechnicianId != message.TechnicianId) return; // reassigned or closed since
        var now = clock.GetUtcNow();
        if (workOrder.TechnicianUserId is { } technician)
            db.Notify(workOrder, WorkOrderNotices.Assigned, "normal", $"{WorkOrderNotices.Assigned}:{message.EventId}", technician,
                $"Work order assigned to you: {workOrder.Title}", WorkOrderNotices.Describe(workOrder), now);
        if (workOrder.DueAt is { } dueAt)
            db.Schedule(new WorkOrderOverdueCheck(Guid.CreateVersion7(now), now, workOrder.Id, dueAt), dueAt, WorkOrderNotices.OverdueCheckKey(workOrder.Id));
        await db.SaveChangesAsync(cancellationToken);
    }
}
