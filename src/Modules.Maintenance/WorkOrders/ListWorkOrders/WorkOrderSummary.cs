namespace OpsPlatform.Modules.Maintenance.WorkOrders.ListWorkOrders;

internal sealed record WorkOrderSummary(
    Guid Id,
    string Title,
    WorkOrderPriority Priority,
    WorkOrderStatus Status,
    Guid? EquipmentId,
    string? EquipmentName,
    Guid? SiteId,
    Guid? TechnicianId,
    string? TechnicianName,
    DateTimeOffset? DueAt,
    WorkOrderSource Source,
    int Version,
    DateTimeOffset CreatedAt);
