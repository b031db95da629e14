using Marten;
using OpsPlatform.Modules.Maintenance.Persistence;
using OpsPlatform.Modules.Maintenance.WorkOrders;

namespace OpsPlatform.Modules.Maintenance.PreventivePlans;

internal static class PreventiveOccurrences
{
    /// <summary>
    /// When the latest work order of a floating plan is completed or cancelled, the plan falls due one interval later;
    /// stored in the same unit of work, so it is saved with the status change.
    /// </summary>
    public static async Task PlanOccurrenceFinishedAsync(this MaintenanceSession db, WorkOrder workOrder, DateTimeOffset now, CancellationToken ct)
    {
        if (workOrder.PreventivePlanId is not { } planId || workOrder.Status is not (WorkOrderStatus.Completed or WorkOrderStatus.Cancelled)) return;
        var plan = await db.Documents.LoadAsync<PreventivePlan>(planId, ct);
        if (plan?.LastRaisedDueAt is not { } last || plan.OccurrenceReference(last) != workOrder.SourceReference) return;
        plan.WorkOrderFinished(now, now);
        db.Update(plan);
        db.Reschedule(plan, now);
    }
}
