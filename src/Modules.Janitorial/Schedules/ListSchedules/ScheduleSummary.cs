namespace OpsPlatform.Modules.Janitorial.Schedules.ListSchedules;

/// <summary>
/// <see cref="SiteName"/> comes from the module's own sites (a primary-key lookup). The assignee's name is not held
/// in this module (people live in the identity schema, which modules do not read), so only their id is given.
/// </summary>
internal sealed record ScheduleSummary(
    Guid Id, Guid SeriesId, Guid SiteId, string SiteName, Guid AssignedTo, DateOnly ServiceDate, TimeOnly StartTime, TimeOnly EndTime, Frequency Frequency, ScheduleStatus Status);
