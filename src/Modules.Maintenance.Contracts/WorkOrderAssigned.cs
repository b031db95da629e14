using OpsPlatform.Shared.Kernel.Bus;

namespace OpsPlatform.Modules.Maintenance.Contracts;

[IntegrationEvent("maintenance.work-order-assigned", 1)]
public sealed record WorkOrderAssigned(
    Guid EventId,
    DateTimeOffset OccurredAt,
    Guid WorkOrderId,
    Guid TechnicianId,
    Guid? TechnicianUserId,
    Guid? SiteId,
    IReadOnlyList<Guid> VisibleToUserIds) : IIntegrationEvent, IVisibleToUsers;
