using Microsoft.Extensions.Options;
using Npgsql;
using OpsPlatform.Shared.Kernel.Jobs;
using OpsPlatform.Shared.Kernel.Persistence;

namespace OpsPlatform.Shared.Kernel.Bus;

/// <summary>Deletes a module's live events older than the replay window, in batches (Wolverine purges its own handled envelopes).</summary>
public sealed class LiveEventsPurgeJob<TModule>(TModule module, NpgsqlDataSource database, IOptions<BusOptions> options) : ISingletonJob
    where TModule : IScheduleOwner
{
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        int deleted;
        do
        {
            await using var command = database.CreateCommand($"""
                DELETE FROM {module.Schema}.live_events WHERE id IN (
                    SELECT id FROM {module.Schema}.live_events WHERE recorded_at < now() - $1 ORDER BY recorded_at LIMIT $2)
                """);
            command.Parameters.Add(new NpgsqlParameter { Value = settings.LiveRetention });
            command.Parameters.Add(new NpgsqlParameter { Value = settings.PurgeBatchSize });
            deleted = await command.ExecuteNonQueryAsync(cancellationToken);
        } while (deleted == settings.PurgeBatchSize);
    }
}
