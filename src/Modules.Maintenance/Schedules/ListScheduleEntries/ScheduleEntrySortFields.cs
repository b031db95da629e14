using OpsPlatform.Shared.Kernel.Http;

namespace OpsPlatform.Modules.Maintenance.Schedules.ListScheduleEntries;

internal static class ScheduleEntrySortFields
{
    public static readonly SortFields<ScheduleEntry> All = new SortFields<ScheduleEntry>("startsAt")
        .Add("startsAt", e => e.StartsAt);
}
