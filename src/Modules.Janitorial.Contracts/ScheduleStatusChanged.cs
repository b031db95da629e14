using OpsPlatform.Shared.Kernel.Bus;

namespace OpsPlatform.Modules.Janitorial.Contracts;

/// <summary>A cleaning occurrence moved through its workflow (started, completed, cancelled) by its crew member or a manager.</summary>
[IntegrationEvent("janitorial.schedule-status-changed", 1)]
public sealed record ScheduleStatusChanged(
    Guid EventId,
    DateTimeOffset OccurredAt,
    Guid ScheduleId,
    Guid SiteId,
    Guid AssignedTo,
    DateOnly ServiceDate,
    string FromStatus,
    string ToStatus,
    Guid ChangedBy,
    IReadOnlyList<Guid> VisibleToUserIds) : IIntegrationEvent, IVisibleToUsers;
