using OpsPlatform.Shared.Kernel.Bus;

namespace OpsPlatform.Modules.Maintenance.Contracts;

/// <summary>A work order exists. Enum-like fields are the API's snake_case words (e.g. priority "urgent", source "inspection").</summary>
[IntegrationEvent("maintenance.work-order-raised", 1)]
public sealed record WorkOrderRaised(
    Guid EventId,
    DateTimeOffset OccurredAt,
    Guid WorkOrderId,
    string Title,
    string Priority,
    string Status,
    Guid? EquipmentId,
    Guid? SiteId,
    string Source,
    string? SourceReference,
    Guid RequestedBy,
    IReadOnlyList<Guid> VisibleToUserIds) : IIntegrationEvent, IVisibleToUsers;
