using OpsPlatform.Shared.Kernel.Bus;

namespace OpsPlatform.Modules.Janitorial.Contracts;

/// <summary>
/// A cleaning schedule was created; <see cref="SourceWorkOrderId"/> is set when a completed work order raised it.
/// A recurring plan raises one event: <see cref="ScheduleId"/> and <see cref="ServiceDate"/> are its first occurrence,
/// <see cref="SeriesId"/> groups all <see cref="OccurrenceCount"/> of them up to <see cref="LastServiceDate"/>.
/// </summary>
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
    IReadOnlyList<Guid> VisibleToUserIds,
    Guid SeriesId,
    int OccurrenceCount,
    DateOnly LastServiceDate) : IIntegrationEvent, IVisibleToUsers;
