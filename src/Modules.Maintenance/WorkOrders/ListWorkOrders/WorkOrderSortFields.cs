using OpsPlatform.Shared.Kernel.Http;

namespace OpsPlatform.Modules.Maintenance.WorkOrders.ListWorkOrders;

/// <summary>Each sort has an index (MaintenanceStoreSetup); priority sorts by urgency, not alphabetically.</summary>
internal static class WorkOrderSortFields
{
    public static readonly SortFields<WorkOrder> All = new SortFields<WorkOrder>("-createdAt")
        .Add("createdAt", w => w.CreatedAt)
        .Add("updatedAt", w => w.UpdatedAt)
        .Add("dueAt", w => w.DueAt)
        .Add("priority", w => w.PriorityRank)
        .Add("title", w => w.Title);
}
