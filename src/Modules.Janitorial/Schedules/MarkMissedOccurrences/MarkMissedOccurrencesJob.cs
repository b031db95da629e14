using OpsPlatform.Modules.Janitorial.Contracts;
using OpsPlatform.Modules.Janitorial.Persistence;
using OpsPlatform.Shared.Kernel.Jobs;

namespace OpsPlatform.Modules.Janitorial.Schedules.MarkMissedOccurrences;

/// <summary>
/// Marks every occurrence still <c>scheduled</c> after its end time as <c>missed</c> and raises <see cref="ScheduleMissed"/>
/// for each, in batches: each batch's status change and its events commit together.
/// </summary>
internal sealed class MarkMissedOccurrencesJob(JanitorialDbContext db) : ISingletonJob
{
    public const int BatchSize = 500;
    public static readonly TimeSpan Interval = TimeSpan.FromMinutes(1);

    // SKIP LOCKED leaves rows being changed right now to the next run; the outer status check re-reads a row that
    // a technician started in the meantime, so a started cleaning is never marked missed.
    private const string MarkBatch = """
        UPDATE janitorial.cleaning_schedules c
        SET status = 'missed', version = c.version + 1, updated_at = @now
        WHERE c.id IN (SELECT id FROM janitorial.cleaning_schedules
                       WHERE status = 'scheduled' AND ends_at < @now
                       ORDER BY ends_at LIMIT @batch FOR UPDATE SKIP LOCKED)
          AND c.status = 'scheduled'
        RETURNING c.id, c.site_id, c.assigned_to, c.service_date
        """;

    public async Task RunAsync(CancellationToken cancellationToken) => await MarkMissedAsync(cancellationToken);

    /// <summary>Returns how many occurrences were marked missed.</summary>
    public async Task<int> MarkMissedAsync(CancellationToken cancellationToken)
    {
        var total = 0;
        while (true)
        {
            var marked = await db.InTransactionAsync(() => MarkBatchAsync(cancellationToken), cancellationToken);
            total += marked;
            if (marked < BatchSize) return total;
        }
    }

    private async Task<int> MarkBatchAsync(CancellationToken cancellationToken)
    {
        var now = db.Time.GetUtcNow();
        var missed = new List<ScheduleMissed>();
        await using (var command = db.TransactionCommand(MarkBatch))
        {
            command.Parameters.AddWithValue("now", now);
            command.Parameters.AddWithValue("batch", BatchSize);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                var assignee = reader.GetGuid(2);
                missed.Add(new ScheduleMissed(Guid.CreateVersion7(), now, reader.GetGuid(0), reader.GetGuid(1), assignee,
                    reader.GetFieldValue<DateOnly>(3), [assignee]));
            }
        }
        foreach (var message in missed) db.Publish(message);
        await db.SaveChangesAsync(cancellationToken);
        return missed.Count;
    }
}
