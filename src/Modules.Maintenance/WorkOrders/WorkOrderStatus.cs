namespace OpsPlatform.Modules.Maintenance.WorkOrders;

internal enum WorkOrderStatus
{
    Requested,
    Open,
    Assigned,
    InProgress,
    OnHold,
    Completed,
    Closed,
    Cancelled,
}
