namespace OpsPlatform.Modules.Maintenance.WorkOrders;

/// <summary>
/// Who and what raised a work order, when it is not the signed-in caller: a preventive plan falling due or a failed
/// inspection. <see cref="Reference"/> is unique per source (the plan due date, the inspection id).
/// </summary>
internal sealed record WorkOrderOrigin(WorkOrderSource Source, string? Reference, Guid RequestedBy, Guid? PreventivePlanId = null);
