using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using OpsPlatform.Shared.Kernel.Jobs;
using OpsPlatform.Shared.Kernel.Persistence;

namespace OpsPlatform.Shared.Kernel.Messaging;

/// <summary>Deletes a module's live events older than the replay window, in batches (Wolverine purges its own handled envelopes).</summary>
public sealed class LiveEventsPurgeJob<TContext>(TContext db, IOptions<BusOptions> options) : ISingletonJob where TContext : ModuleDbContext
{
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var schema = db.Model.GetDefaultSchema();
        var settings = options.Value;
        int deleted;
        do
        {
#pragma warning disable EF1002 // the schema is the module's own constant, never input
            deleted = await db.Database.ExecuteSqlRawAsync($$"""
                DELETE FROM {{schema}}.live_events WHERE id IN (
                    SELECT id FROM {{schema}}.live_events WHERE recorded_at < now() - {0} ORDER BY recorded_at LIMIT {1})
                """, [settings.LiveRetention, settings.PurgeBatchSize], cancellationToken);
#pragma warning restore EF1002
        } while (deleted == settings.PurgeBatchSize);
    }
}
