using Marten;
using OpsPlatform.Modules.Janitorial.Contracts;
using OpsPlatform.Modules.Janitorial.Persistence;
using OpsPlatform.Shared.Kernel.Domain;
using OpsPlatform.Shared.Kernel.Jobs;

namespace OpsPlatform.Modules.Janitorial.Schedules.MarkMissedOccurrences;

/// <summary>
/// Marks every occurrence still <c>scheduled</c> after its end time as <c>missed</c> and raises <see cref="ScheduleMissed"/>
/// for each, in batches: each batch's status changes and its events commit together. The documents' optimistic
/// concurrency keeps a started cleaning from being marked missed: a batch that meets one started meanwhile is refused
/// whole, and the run ends there (the next run reads it afresh).
/// </summary>
internal sealed class MarkMissedOccurrencesJob(JanitorialSession db) : ISingletonJob
{
    public const int BatchSize = 500;
    public static readonly TimeSpan Interval = TimeSpan.FromMinutes(1);

    public async Task RunAsync(CancellationToken cancellationToken) => await MarkMissedAsync(cancellationToken);

    /// <summary>Returns how many occurrences were marked missed.</summary>
    public async Task<int> MarkMissedAsync(CancellationToken cancellationToken)
    {
        var total = 0;
        while (true)
        {
            int marked;
            try
            {
                marked = await MarkBatchAsync(cancellationToken);
            }
            catch (ConflictException)
            {
                return total;
            }
            total += marked;
            if (marked < BatchSize) return total;
        }
    }

    private async Task<int> MarkBatchAsync(CancellationToken cancellationToken)
    {
        var now = db.Time.GetUtcNow();
        var waiting = await db.Documents.Query<CleaningSchedule>()
            .Where(s => s.Status == ScheduleStatus.Scheduled && s.EndsAt < now)
            .OrderBy(s => s.EndsAt).ThenBy(s => s.Id)
            .Take(BatchSize)
            .ToListAsync(cancellationToken);
        foreach (var schedule in waiting)
        {
            schedule.MarkMissed();
            db.Update(schedule);
            db.Publish(new ScheduleMissed(Guid.CreateVersion7(), now, schedule.Id, schedule.SiteId, schedule.AssignedTo, schedule.ServiceDate, [schedule.AssignedTo]));
        }
        if (waiting.Count > 0) await db.SaveChangesAsync(cancellationToken);
        return waiting.Count;
    }
}
