namespace OpsPlatform.Admin.Modules.Maintenance.Api;

public sealed record WorkOrderSummary(
    Guid Id,
    string Title,
    WorkOrderPriority Priority,
    WorkOrderStatus Status,
    Guid? EquipmentId,
    Guid? SiteId,
    Guid? TechnicianId,
    DateTimeOffset? DueAt,
    WorkOrderSource Source,
    int Version,
    DateTimeOffset CreatedAt);
