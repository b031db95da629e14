using OpsPlatform.Shared.Kernel.Bus;

namespace OpsPlatform.Modules.Maintenance.Contracts;

/// <summary>
/// A work order reached completed. <see cref="SiteId"/> is the janitorial client site the work happened at, when the
/// work order (or its equipment) names one: Janitorial raises a follow-up cleaning schedule there.
/// </summary>
[IntegrationEvent("maintenance.work-order-completed", 1)]
public sealed record WorkOrderCompleted(
    Guid EventId,
    DateTimeOffset OccurredAt,
    Guid WorkOrderId,
    string Title,
    Guid? EquipmentId,
    Guid? SiteId,
    Guid? TechnicianUserId,
    DateTimeOffset CompletedAt,
    IReadOnlyList<Guid> VisibleToUserIds) : IIntegrationEvent, IVisibleToUsers;
