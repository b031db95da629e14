namespace OpsPlatform.Modules.Maintenance.WorkOrders;

/// <summary>What raised a work order: a member's request, a preventive plan, a failed inspection, a manager by hand, or an IT asset's repair request.</summary>
internal enum WorkOrderSource
{
    Request,
    Preventive,
    Inspection,
    Manual,
    ItAsset,
}
