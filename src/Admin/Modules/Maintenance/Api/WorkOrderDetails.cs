namespace OpsPlatform.Admin.Modules.Maintenance.Api;

public sealed record WorkOrderDetails(
    Guid Id,
    string Title,
    string Description,
    WorkOrderPriority Priority,
    WorkOrderStatus Status,
    Guid? EquipmentId,
    Guid? SiteId,
    Guid? TechnicianId,
    Guid RequestedBy,
    DateTimeOffset? DueAt,
    WorkOrderSource Source,
    string? SourceReference,
    string[] RequiredSkills,
    string? CancellationReason,
    int Version,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt);
