using Marten;
using OpsPlatform.Modules.Maintenance.Contracts;
using OpsPlatform.Modules.Maintenance.Persistence;
using OpsPlatform.Modules.Maintenance.WorkOrders;
using OpsPlatform.Modules.Maintenance.WorkOrders.History;
using OpsPlatform.Shared.Kernel.Messaging;

namespace OpsPlatform.Modules.Maintenance.Notifications;

/// <summary>
/// "A work order I requested changed status": tells its requester (who sees the work order as such), unless the
/// requester made the change. A finished work order's overdue check is dropped in the same commit.
/// </summary>
public sealed class WorkOrderStatusChangedHandler(MaintenanceSession db, TimeProvider clock) : IIntegrationEventHandler<WorkOrderStatusChanged>
{
    public async Task Handle(WorkOrderStatusChanged message, CancellationToken cancellationToken)
    {
        var workOrder = await db.Documents.LoadAsync<WorkOrder>(message.WorkOrderId, cancellationToken);
        if (workOrder is null) return;
        var now = clock.GetUtcNow();
        if (await ActorAsync(message, cancellationToken) != workOrder.RequestedBy)
            db.Notify(workOrder, WorkOrderNotices.StatusChanged, "normal", $"{WorkOrderNotices.StatusChanged}:{message.EventId}", workOrder.RequestedBy,
                $"Your request \"{workOrder.Title}\" is now {message.To.Replace('_', ' ')}", $"Status: {message.From.Replace('_', ' ')} → {message.To.Replace('_', ' ')}\n\n{WorkOrderNotices.Describe(workOrder)}", now);
        if (workOrder.IsFinished) db.CancelScheduled(WorkOrderNotices.OverdueCheckKey(workOrder.Id));
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>Who made the transition: the actor of the stream's event at the version the message names (that event alone is read).</summary>
    private async Task<Guid?> ActorAsync(WorkOrderStatusChanged message, CancellationToken cancellationToken)
    {
        var events = await db.Documents.Events.FetchStreamAsync(message.WorkOrderId, message.Version, fromVersion: message.Version, token: cancellationToken);
        return events.LastOrDefault(e => e.Version == message.Version)?.Data switch
        {
            WorkOrderHistory.Moved moved => moved.By,
            WorkOrderHistory.Cancelled cancelled => cancelled.By,
            WorkOrderHistory.Reopened reopened => reopened.By,
            WorkOrderHistory.TechnicianAssigned assigned => assigned.By,
            _ => null,
        };
    }
}
