namespace OpsPlatform.Modules.Maintenance.WorkOrders;

/// <summary>What raised a work order: a member's request, a preventive plan, a failed inspection, or a manager by hand.</summary>
internal enum WorkOrderSource
{
    Request,
    Preventive,
    Inspection,
    Manual,
}
