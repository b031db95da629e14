using Microsoft.Extensions.Options;
using Npgsql;
using NpgsqlTypes;
using OpsPlatform.Shared.Kernel.Jobs;

namespace OpsPlatform.Shared.Kernel.Messaging;

/// <summary>
/// Deletes relayed outbox rows older than <see cref="BusOptions.OutboxRetention"/> (the live stream's replay window)
/// and handled inbox rows older than <see cref="BusOptions.HandledRetention"/> (the dedupe markers), in short
/// batches through the partial indexes on relayed_at / handled_at, on one node at a time.
/// </summary>
public sealed class BusPurgeJob(NpgsqlDataSource database, BusRegistry registry, IOptions<BusOptions> options) : ISingletonJob
{
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        foreach (var schema in registry.PublisherSchemas)
        {
            await PurgeAsync($"""
                DELETE FROM {schema}.outbox WHERE id IN (
                    SELECT id FROM {schema}.outbox WHERE relayed_at IS NOT NULL AND relayed_at < now() - $1 LIMIT $2)
                """, settings.OutboxRetention, settings.PurgeBatchSize, cancellationToken);
            await PurgeAsync($"""
                DELETE FROM {schema}.inbox WHERE id IN (
                    SELECT id FROM {schema}.inbox WHERE handled_at IS NOT NULL AND handled_at < now() - $1 LIMIT $2)
                """, settings.HandledRetention, settings.PurgeBatchSize, cancellationToken);
        }
    }

    private async Task PurgeAsync(string sql, TimeSpan age, int batchSize, CancellationToken ct)
    {
        while (!ct.IsCancellationRequested)
        {
            await using var command = database.CreateCommand(sql);
            command.Parameters.Add(new NpgsqlParameter<TimeSpan> { TypedValue = age, NpgsqlDbType = NpgsqlDbType.Interval });
            command.Parameters.Add(new NpgsqlParameter<int> { TypedValue = batchSize });
            if (await command.ExecuteNonQueryAsync(ct) < batchSize) return;
        }
    }
}
