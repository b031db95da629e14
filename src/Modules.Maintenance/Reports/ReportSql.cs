using OpsPlatform.Modules.Maintenance.WorkOrders;

namespace OpsPlatform.Modules.Maintenance.Reports;

/// <summary>
/// What the reports' SQL reads: the work-order projection's table and its duplicated columns (each with an index),
/// where an enum is stored as its C# name.
/// </summary>
internal static class ReportSql
{
    public const string WorkOrders = "maintenance.mt_doc_work_order";
    public const string Equipment = "maintenance.mt_doc_equipment";

    public static readonly string Unfinished = string.Join(", ", WorkOrder.Unfinished.Select(s => $"'{s}'"));
    public static readonly string Finished = string.Join(", ", Enum.GetValues<WorkOrderStatus>().Except(WorkOrder.Unfinished).Select(s => $"'{s}'"));

    public static WorkOrderPriority Priority(string stored) => Enum.Parse<WorkOrderPriority>(stored);
}
