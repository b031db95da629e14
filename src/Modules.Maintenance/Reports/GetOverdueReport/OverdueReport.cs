using OpsPlatform.Modules.Maintenance.WorkOrders;

namespace OpsPlatform.Modules.Maintenance.Reports.GetOverdueReport;

/// <summary>Work orders past their due date and not yet completed, closed or cancelled.</summary>
internal sealed record OverdueReport(DateTimeOffset AsOf, long Overdue, IReadOnlyList<OverdueReport.PriorityCount> ByPriority)
{
    internal sealed record PriorityCount(WorkOrderPriority Priority, long Overdue);
}
