using OpsPlatform.Admin.Modules.Psa.Api;

namespace OpsPlatform.Admin.Modules.Psa;

/// <summary>A person's submitted week on a project: what the owner approves or rejects as one.</summary>
public sealed record PendingWeek(Guid UserId, DateOnly WeekStart, int Entries, int Minutes, int BillableMinutes)
{
    /// <summary>The submitted entries grouped by person and week, oldest week first.</summary>
    public static IReadOnlyList<PendingWeek> Of(IEnumerable<TimeEntry> entries) =>
        entries.Where(e => e.Status == TimeEntryStatus.Submitted)
            .GroupBy(e => (e.UserId, e.WeekStart))
            .Select(g => new PendingWeek(g.Key.UserId, g.Key.WeekStart, g.Count(), g.Sum(e => e.Minutes), g.Where(e => e.Billable).Sum(e => e.Minutes)))
            .OrderBy(w => w.WeekStart).ThenBy(w => w.UserId)
            .ToList();
}
