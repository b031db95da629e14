namespace OpsPlatform.Modules.Maintenance.WorkOrders;

/// <summary>In rising order of urgency: sorting by priority uses this order, not the words.</summary>
internal enum WorkOrderPriority
{
    Low,
    Medium,
    High,
    Urgent,
}
