using OpsPlatform.Modules.Maintenance.WorkOrders;

namespace OpsPlatform.Modules.Maintenance.Reports.GetOpenWorkOrdersReport;

/// <summary>Unfinished work orders (requested to on_hold) by priority, counted by age since they were raised.</summary>
internal sealed record OpenWorkOrdersReport(DateTimeOffset AsOf, long Total, IReadOnlyList<OpenWorkOrdersReport.PriorityLine> ByPriority)
{
    internal sealed record PriorityLine(WorkOrderPriority Priority, long Total, long UnderOneDay, long OneToSevenDays, long SevenToThirtyDays, long OverThirtyDays, double? OldestAgeDays);
}
