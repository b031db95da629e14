using OpsPlatform.Modules.Maintenance.Persistence;
using OpsPlatform.Modules.Maintenance.PreventivePlans.RaisePlannedWorkOrder;

namespace OpsPlatform.Modules.Maintenance.PreventivePlans;

/// <summary>
/// Keeps a plan's one pending occurrence (bus scheduled message, business key <see cref="PreventivePlan.ScheduleKey"/>)
/// in step with the plan, in the same unit of work as the change: due at <see cref="PreventivePlan.RaisesAt"/>; an
/// inactive plan, or a floating one waiting for a completion, has none. Call after changing the plan, before saving.
/// </summary>
internal static class PreventivePlanSchedule
{
    public static void Reschedule(this MaintenanceSession db, PreventivePlan plan, DateTimeOffset now)
    {
        if (plan is { Active: true, NextDueAt: { } dueAt, RaisesAt: { } raisesAt })
            db.Schedule(new PreventivePlanDue(Guid.CreateVersion7(now), now, plan.Id, dueAt), raisesAt, plan.ScheduleKey);
        else
            db.CancelScheduled(plan.ScheduleKey);
    }
}
