using OpsPlatform.Shared.Kernel.Bus;

namespace OpsPlatform.Modules.Janitorial.Contracts;

/// <summary>A cleaning occurrence was not started by its end time.</summary>
[IntegrationEvent("janitorial.schedule-missed", 1)]
public sealed record ScheduleMissed(
    Guid EventId,
    DateTimeOffset OccurredAt,
    Guid ScheduleId,
    Guid SiteId,
    Guid AssignedTo,
    DateOnly ServiceDate,
    IReadOnlyList<Guid> VisibleToUserIds) : IIntegrationEvent, IVisibleToUsers;
