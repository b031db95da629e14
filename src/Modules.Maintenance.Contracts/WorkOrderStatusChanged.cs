using OpsPlatform.Shared.Kernel.Bus;

namespace OpsPlatform.Modules.Maintenance.Contracts;

/// <summary>Every status transition; <see cref="Version"/> is the work order's version after it (the per-work-order order).</summary>
[IntegrationEvent("maintenance.work-order-status-changed", 1)]
public sealed record WorkOrderStatusChanged(
    Guid EventId,
    DateTimeOffset OccurredAt,
    Guid WorkOrderId,
    string From,
    string To,
    int Version,
    Guid? SiteId,
    IReadOnlyList<Guid> VisibleToUserIds) : IIntegrationEvent, IVisibleToUsers;
