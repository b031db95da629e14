using OpsPlatform.Shared.Kernel.Messaging;

namespace OpsPlatform.Modules.Janitorial.Contracts;

/// <summary>A cleaning schedule was created; <see cref="SourceWorkOrderId"/> is set when a completed work order raised it.</summary>
[IntegrationEvent("janitorial.cleaning-scheduled", 1)]
public sealed record CleaningScheduled(
    Guid EventId,
    DateTimeOffset OccurredAt,
    Guid ScheduleId,
    Guid SiteId,
    Guid AssignedTo,
    DateOnly ServiceDate,
    TimeOnly StartTime,
    TimeOnly EndTime,
    string Frequency,
    Guid? SourceWorkOrderId,
    IReadOnlyList<Guid> VisibleToUserIds) : IIntegrationEvent, IVisibleToUsers;
