namespace OpsPlatform.Modules.Janitorial.Schedules;

internal enum ScheduleStatus
{
    Scheduled,
    InProgress,
    Completed,
    Missed,
    Cancelled,
}
