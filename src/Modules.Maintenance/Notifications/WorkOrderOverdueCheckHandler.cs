using OpsPlatform.Modules.Maintenance.Persistence;
using OpsPlatform.Modules.Maintenance.WorkOrders;
using OpsPlatform.Shared.Kernel.Bus;

namespace OpsPlatform.Modules.Maintenance.Notifications;

/// <summary>
/// "My work order is overdue": when the check falls due and the work order is still unfinished past its due date, its
/// technician's account is told once per due date (the key names the work order and the due date, so a check that
/// fires twice notifies once). A due date moved later since the check was scheduled moves the check instead.
/// </summary>
public sealed class WorkOrderOverdueCheckHandler(MaintenanceSession db, TimeProvider clock) : IIntegrationEventHandler<WorkOrderOverdueCheck>
{
    public async Task Handle(WorkOrderOverdueCheck message, CancellationToken cancellationToken)
    {
        var workOrder = await db.Documents.LoadAsync<WorkOrder>(message.WorkOrderId, cancellationToken);
        if (workOrder is not { IsFinished: false, DueAt: { } dueAt, TechnicianUserId: { } technician }) return;
        var now = clock.GetUtcNow();
        if (dueAt > now)
            db.Schedule(message with { EventId = Guid.CreateVersion7(now), OccurredAt = now, DueAt = dueAt }, dueAt, WorkOrderNotices.OverdueCheckKey(workOrder.Id));
        else
            db.Notify(workOrder, WorkOrderNotices.Overdue, "high", $"{WorkOrderNotices.Overdue}:{workOrder.Id}:{dueAt.ToUnixTimeSeconds()}", technician,
                $"Overdue: {workOrder.Title}", $"Your work order was due {dueAt:yyyy-MM-dd HH:mm} UTC and is still {workOrder.Status.ToString().ToLowerInvariant()}.\n\n{WorkOrderNotices.Describe(workOrder)}", now);
        await db.SaveChangesAsync(cancellationToken);
    }
}
