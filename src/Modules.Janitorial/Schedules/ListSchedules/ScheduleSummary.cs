namespace OpsPlatform.Modules.Janitorial.Schedules.ListSchedules;

internal sealed record ScheduleSummary(
    Guid Id, Guid SeriesId, Guid SiteId, Guid AssignedTo, DateOnly ServiceDate, TimeOnly StartTime, TimeOnly EndTime, Frequency Frequency, ScheduleStatus Status);
