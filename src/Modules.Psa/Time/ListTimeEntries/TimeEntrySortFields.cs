using OpsPlatform.Shared.Kernel.Http;

namespace OpsPlatform.Modules.Psa.Time.ListTimeEntries;

internal static class TimeEntrySortFields
{
    public static readonly SortFields<TimeEntry> All = new SortFields<TimeEntry>("date")
        .Add("date", e => e.Date)
        .Add("createdAt", e => e.CreatedAt);
}
