using OpsPlatform.Modules.Maintenance.Contracts;
using OpsPlatform.Modules.Maintenance.Persistence;
using OpsPlatform.Modules.Maintenance.WorkOrders;
using OpsPlatform.Modules.Notifications.Contracts;

namespace OpsPlatform.Modules.Maintenance.Notifications;

/// <summary>
/// The notifications this module sends about work orders, each to people <see cref="WorkOrderVisibility"/> lets see the
/// work order (its assigned technician's account, its requester): kinds, urgencies, keys and texts in one place.
/// An assignment's and a status change's notices are decided in the change's own unit of work (ADR 0015): they need
/// nothing but the changed work order and who changed it.
/// </summary>
internal static class WorkOrderNotices
{
    public const string Assigned = "maintenance.work-order-assigned";
    public const string StatusChanged = "maintenance.work-order-status-changed";
    public const string Overdue = "maintenance.work-order-overdue";

    /// <summary>The business key of a work order's one pending overdue check.</summary>
    public static string OverdueCheckKey(Guid workOrderId) => $"wo-overdue:{workOrderId}";

    /// <summary>
    /// "A work order was assigned to me": tells the assigned technician's account, and keeps the work order's one
    /// overdue check due at its due date.
    /// </summary>
    public static void NoticeAssignment(this MaintenanceSession db, WorkOrder workOrder, WorkOrderAssigned assigned)
    {
        if (workOrder.TechnicianUserId is { } technician)
            db.Notify(workOrder, Assigned, "normal", $"{Assigned}:{assigned.EventId}", technician,
                $"Work order assigned to you: {workOrder.Title}", Describe(workOrder), assigned.OccurredAt);
        if (workOrder.DueAt is { } dueAt)
            db.Schedule(new WorkOrderOverdueCheck(Guid.CreateVersion7(assigned.OccurredAt), assigned.OccurredAt, workOrder.Id, dueAt),
                dueAt, OverdueCheckKey(workOrder.Id));
    }

    /// <summary>
    /// "A work order I requested changed status": tells its requester, unless the requester made the change. A
    /// finished work order's overdue check is dropped.
    /// </summary>
    public static void NoticeTransition(this MaintenanceSession db, WorkOrder workOrder, WorkOrderStatusChanged changed, Guid actor)
    {
        if (actor != workOrder.RequestedBy)
            db.Notify(workOrder, StatusChanged, "normal", $"{StatusChanged}:{changed.EventId}", workOrder.RequestedBy,
                $"Your request \"{workOrder.Title}\" is now {changed.To.Replace('_', ' ')}",
                $"Status: {changed.From.Replace('_', ' ')} → {changed.To.Replace('_', ' ')}\n\n{Describe(workOrder)}", changed.OccurredAt);
        if (workOrder.IsFinished) db.CancelScheduled(OverdueCheckKey(workOrder.Id));
    }

    public static void Notify(this MaintenanceSession db, WorkOrder workOrder, string kind, string urgency, string key, Guid recipient, string title, string body, DateTimeOffset now) =>
        db.Send(new Notify(Guid.CreateVersion7(now), now, key, kind, urgency, [recipient], title, body,
            $"/admin/maintenance/work-orders/{workOrder.Id}", MaintenanceModule.Schema, "work-order", workOrder.Id));

    public static string Describe(WorkOrder w) =>
        $"{w.Title}\nPriority: {w.Priority.ToString().ToLowerInvariant()}" + (w.DueAt is { } due ? $"\nDue: {due:yyyy-MM-dd HH:mm} UTC" : "");
}
