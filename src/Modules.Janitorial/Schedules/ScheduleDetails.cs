namespace OpsPlatform.Modules.Janitorial.Schedules;

internal sealed record ScheduleDetails(
    Guid Id,
    Guid SeriesId,
    Guid SiteId,
    Guid AssignedTo,
    DateOnly ServiceDate,
    TimeOnly StartTime,
    TimeOnly EndTime,
    DateTimeOffset StartsAt,
    DateTimeOffset EndsAt,
    Frequency Frequency,
    DateOnly? RepeatUntil,
    ScheduleStatus Status,
    string? Notes,
    Guid? SourceWorkOrderId,
    int Version,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt)
{
    public static ScheduleDetails From(CleaningSchedule s) => new(
        s.Id, s.SeriesId, s.SiteId, s.AssignedTo, s.ServiceDate, s.StartTime, s.EndTime, s.StartsAt, s.EndsAt, s.Frequency, s.RepeatUntil,
        s.Status, s.Notes, s.SourceWorkOrderId, s.Version, s.CreatedAt, s.UpdatedAt);
}
