using OpsPlatform.Shared.Kernel.Bus;

namespace OpsPlatform.Modules.Maintenance.Contracts;

/// <summary>A technician was booked on a work order for a time slot.</summary>
[IntegrationEvent("maintenance.maintenance-scheduled", 1)]
public sealed record MaintenanceScheduled(
    Guid EventId,
    DateTimeOffset OccurredAt,
    Guid ScheduleEntryId,
    Guid WorkOrderId,
    Guid TechnicianId,
    Guid? TechnicianUserId,
    DateTimeOffset StartsAt,
    DateTimeOffset EndsAt,
    IReadOnlyList<Guid> VisibleToUserIds) : IIntegrationEvent, IVisibleToUsers;
