using OpsPlatform.Modules.Maintenance.WorkOrders;
using OpsPlatform.Shared.Kernel.Domain;
using OpsPlatform.Shared.Kernel.Persistence;

namespace OpsPlatform.Modules.Maintenance.MaintenanceLogs;

/// <summary>A work note on a work order: what was done and the minutes spent. Technicians only append; managers may correct.</summary>
internal sealed class MaintenanceLog : AggregateRoot
{
    private MaintenanceLog() { }

    public Guid WorkOrderId { get; private init; }
    public string Entry { get; private set; } = "";
    public Guid LoggedBy { get; private init; }
    public int MinutesSpent { get; private set; }

    public static MaintenanceLog Write(WorkOrder workOrder, string entry, int minutesSpent, Guid loggedBy)
    {
        if (workOrder.Status is WorkOrderStatus.Closed or WorkOrderStatus.Cancelled)
            throw new DomainRuleViolation($"A work order in status '{EnumText<WorkOrderStatus>.ToText(workOrder.Status)}' takes no more logs.");
        return new MaintenanceLog { WorkOrderId = workOrder.Id, Entry = entry.Trim(), MinutesSpent = minutesSpent, LoggedBy = loggedBy };
    }

    public void Correct(string entry, int minutesSpent)
    {
        Entry = entry.Trim();
        MinutesSpent = minutesSpent;
    }
}
