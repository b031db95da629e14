using OpsPlatform.Modules.Maintenance.WorkOrders;

namespace OpsPlatform.Modules.Maintenance.Reports.GetCompletionTimesReport;

/// <summary>
/// Mean time to complete, from the transition timestamps: hours from raised to (last) completed, and from first
/// started to completed, per equipment and per priority. Work orders at a site without equipment count per priority only.
/// </summary>
internal sealed record CompletionTimesReport(
    DateTimeOffset From,
    DateTimeOffset To,
    IReadOnlyList<CompletionTimesReport.EquipmentLine> PerEquipment,
    IReadOnlyList<CompletionTimesReport.PriorityLine> PerPriority)
{
    internal sealed record EquipmentLine(Guid EquipmentId, string EquipmentName, long Completed, double MeanHoursToComplete, double? MeanHoursOfWork);

    internal sealed record PriorityLine(WorkOrderPriority Priority, long Completed, double MeanHoursToComplete, double? MeanHoursOfWork);
}
