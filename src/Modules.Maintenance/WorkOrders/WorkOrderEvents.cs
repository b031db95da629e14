using OpsPlatform.Modules.Maintenance.Contracts;
using OpsPlatform.Modules.Maintenance.Notifications;
using OpsPlatform.Modules.Maintenance.Persistence;
using OpsPlatform.Shared.Kernel.Persistence;

namespace OpsPlatform.Modules.Maintenance.WorkOrders;

/// <summary>The integration events of a work order, recorded in the same unit of work as the change with the notices they call for.</summary>
internal static class WorkOrderEvents
{
    public static void PublishRaised(this MaintenanceSession db, WorkOrder w, DateTimeOffset now)
    {
        db.Publish(new WorkOrderRaised(
            Guid.CreateVersion7(now), now, w.Id, w.Title, Text(w.Priority), Text(w.Status), w.EquipmentId, w.SiteId,
            Text(w.Source), w.SourceReference, w.RequestedBy, w.Followers));
        if (w.Source is WorkOrderSource.ItAsset or WorkOrderSource.Inspection && w.SourceReference is { } reference)
            db.Publish(new WorkOrderRaisedForSource(Guid.CreateVersion7(now), now, w.Id, Text(w.Source), reference));
    }

    /// <summary>
    /// A status change by <paramref name="actor"/> (and the completion, when it completed). Call after the change: the
    /// version is the one it made.
    /// </summary>
    public static void PublishTransition(this MaintenanceSession db, WorkOrder w, WorkOrderStatus from, Guid actor, DateTimeOffset now)
    {
        var changed = new WorkOrderStatusChanged(Guid.CreateVersion7(now), now, w.Id, Text(from), Text(w.Status), w.Version, w.SiteId, w.Followers);
        db.Publish(changed);
        db.NoticeTransition(w, changed, actor);
        if (w.Status == WorkOrderStatus.Completed)
            db.Publish(new WorkOrderCompleted(
                Guid.CreateVersion7(now), now, w.Id, w.Title, w.EquipmentId, w.SiteId, w.TechnicianUserId, w.CompletedAt!.Value, w.Followers));
    }

    public static void PublishAssigned(this MaintenanceSession db, WorkOrder w, DateTimeOffset now)
    {
        var assigned = new WorkOrderAssigned(Guid.CreateVersion7(now), now, w.Id, w.TechnicianId!.Value, w.TechnicianUserId, w.SiteId, w.Followers);
        db.Publish(assigned);
        db.NoticeAssignment(w, assigned);
    }

    private static string Text<TEnum>(TEnum value) where TEnum : struct, Enum => EnumText<TEnum>.ToText(value);
}
