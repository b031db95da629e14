using OpsPlatform.Shared.Kernel.Http;

namespace OpsPlatform.Modules.Janitorial.Schedules.ListSchedules;

internal static class ScheduleSortFields
{
    public static readonly SortFields<CleaningSchedule> All = new SortFields<CleaningSchedule>("serviceDate,startTime")
        .Add("serviceDate", s => s.ServiceDate)
        .Add("startTime", s => s.StartTime)
        .Add("createdAt", s => s.CreatedAt);
}
