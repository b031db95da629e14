using OpsPlatform.Modules.Maintenance.Persistence;
using OpsPlatform.Modules.Maintenance.WorkOrders;
using OpsPlatform.Modules.Notifications.Contracts;

namespace OpsPlatform.Modules.Maintenance.Notifications;

/// <summary>
/// The notifications this module sends about work orders, each to people <see cref="WorkOrderVisibility"/> lets see the
/// work order (its assigned technician's account, its requester): kinds, urgencies, keys and texts in one place.
/// </summary>
internal static class WorkOrderNotices
{
    public const string Assigned = "maintenance.work-order-assigned";
    public const string StatusChanged = "maintenance.work-order-status-changed";
    public const string Overdue = "maintenance.work-order-overdue";

    /// <summary>The business key of a work order's one pending overdue check.</summary>
    public static string OverdueCheckKey(Guid workOrderId) => $"wo-overdue:{workOrderId}";

    public static void Notify(this MaintenanceSession db, WorkOrder workOrder, string kind, string urgency, string key, Guid recipient, string title, string body, DateTimeOffset now) =>
        db.Send(new Notify(Guid.CreateVersion7(now), now, key, kind, urgency, [recipient], title, body,
            $"/admin/maintenance/work-orders/{workOrder.Id}", MaintenanceModule.Schema, "work-order", workOrder.Id));

    public static string Describe(WorkOrder w) =>
        $"{w.Title}\nPriority: {w.Priority.ToString().ToLowerInvariant()}" + (w.DueAt is { } due ? $"\nDue: {due:yyyy-MM-dd HH:mm} UTC" : "");
}
