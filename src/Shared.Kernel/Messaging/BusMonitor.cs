using Npgsql;

namespace OpsPlatform.Shared.Kernel.Messaging;

/// <summary>Reads the bus's state from the tables: what is still unsettled, and the counts per module and handler.</summary>
public sealed class BusMonitor(NpgsqlDataSource database, BusRegistry registry)
{
    /// <summary>
    /// Everything not settled yet, read in one statement (one snapshot, so a handler committing its cascade between
    /// two reads cannot hide work): unrelayed outbox rows, and inbox rows that are due or retrying. Messages
    /// scheduled for later (never tried) are settled until they are due.
    /// </summary>
    public async Task<IReadOnlyList<PendingWork>> PendingAsync(CancellationToken cancellationToken)
    {
        var parts = registry.PublisherSchemas.Select(s =>
            $"SELECT '{s}', 'outbox', message_type, count(*) FROM {s}.outbox WHERE relayed_at IS NULL GROUP BY message_type " +
            $"UNION ALL SELECT '{s}', 'inbox', handler, count(*) FROM {s}.inbox WHERE handled_at IS NULL AND (due_at <= (SELECT clock_timestamp()) OR attempts > 0) GROUP BY handler");
        await using var command = database.CreateCommand(string.Join(" UNION ALL ", parts));
        var pending = new List<PendingWork>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
            pending.Add(new PendingWork(reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetInt64(3)));
        return pending;
    }

    /// <summary>The age in seconds of the oldest message waiting (unrelayed, or due and unhandled), and the dead letters of the last hour.</summary>
    public async Task<(double OldestWaitingSeconds, long NewDeadLetters)> BacklogAsync(CancellationToken cancellationToken)
    {
        var oldest = string.Join(", ", registry.PublisherSchemas.SelectMany(s => new[]
        {
            $"(SELECT min(recorded_at) FROM {s}.outbox WHERE relayed_at IS NULL)",
            $"(SELECT min(due_at) FROM {s}.inbox WHERE handled_at IS NULL AND due_at <= (SELECT clock_timestamp()))",
        }));
        var dead = string.Join(" + ", registry.PublisherSchemas.Select(s => $"(SELECT count(*) FROM {s}.dead_letters WHERE dead_lettered_at > now() - interval '1 hour')"));
        await using var command = database.CreateCommand(
            $"SELECT coalesce(extract(epoch FROM clock_timestamp() - least({oldest}))::float8, 0), ({dead})::bigint");
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        await reader.ReadAsync(cancellationToken);
        return (reader.GetDouble(0), reader.GetInt64(1));
    }

    public async Task<IReadOnlyList<ModuleCounts>> CountsAsync(CancellationToken cancellationToken)
    {
        var modules = new List<ModuleCounts>();
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await using var batch = new NpgsqlBatch(connection);
        foreach (var schema in registry.PublisherSchemas)
        {
            batch.BatchCommands.Add(new NpgsqlBatchCommand($"""
                SELECT (SELECT count(*) FROM {schema}.outbox WHERE relayed_at IS NULL),
                       (SELECT count(*) FROM {schema}.outbox WHERE routed_to = 0),
                       (SELECT extract(epoch FROM now() - min(recorded_at))::float8 FROM {schema}.outbox WHERE relayed_at IS NULL)
                """));
            batch.BatchCommands.Add(new NpgsqlBatchCommand($"""
                SELECT handler,
                       count(*) FILTER (WHERE handled_at IS NULL AND due_at <= (SELECT clock_timestamp()) AND attempts = 0 AND (lease_until IS NULL OR lease_until < now())),
                       count(*) FILTER (WHERE handled_at IS NULL AND due_at > (SELECT clock_timestamp()) AND attempts = 0),
                       count(*) FILTER (WHERE handled_at IS NULL AND lease_until >= now()),
                       count(*) FILTER (WHERE handled_at IS NULL AND attempts > 0 AND (lease_until IS NULL OR lease_until < now())),
                       0::bigint,
                       extract(epoch FROM now() - min(due_at) FILTER (WHERE handled_at IS NULL AND due_at <= (SELECT clock_timestamp())))::float8,
                       count(*) FILTER (WHERE handled_at IS NOT NULL)
                FROM {schema}.inbox
                WHERE handled_at IS NULL OR handled_at >= now() - interval '1 minute'
                GROUP BY handler
                UNION ALL
                SELECT handler, 0, 0, 0, 0, count(*), NULL, 0 FROM {schema}.dead_letters GROUP BY handler
                """));
        }

        await using var reader = await batch.ExecuteReaderAsync(cancellationToken);
        foreach (var schema in registry.PublisherSchemas)
        {
            await reader.ReadAsync(cancellationToken);
            var (unrelayed, unrouted, oldest) = (reader.GetInt64(0), reader.GetInt64(1), reader.IsDBNull(2) ? (double?)null : reader.GetDouble(2));
            await reader.NextResultAsync(cancellationToken);
            var rows = new List<HandlerCounts>();
            while (await reader.ReadAsync(cancellationToken))
            {
                rows.Add(new HandlerCounts(schema, reader.GetString(0), reader.GetInt64(1), reader.GetInt64(2), reader.GetInt64(3), reader.GetInt64(4),
                    reader.GetInt64(5), reader.IsDBNull(6) ? null : reader.GetDouble(6), reader.GetInt64(7)));
            }
            await reader.NextResultAsync(cancellationToken);

            // Every subscribed handler is listed, idle ones with zeros; rows of a handler that no longer exists are kept.
            var handlers = registry.Subscriptions.Where(s => s.Schema == schema).Select(s => s.Handler)
                .Concat(rows.Select(r => r.Handler)).Distinct().Order(StringComparer.Ordinal)
                .Select(h => rows.Where(r => r.Handler == h).Aggregate(new HandlerCounts(schema, h, 0, 0, 0, 0, 0, null, 0), Add))
                .ToList();
            modules.Add(new ModuleCounts(schema, unrelayed, unrouted, oldest, handlers));
        }
        return modules;
    }

    private static HandlerCounts Add(HandlerCounts a, HandlerCounts b) => a with
    {
        Pending = a.Pending + b.Pending,
        Scheduled = a.Scheduled + b.Scheduled,
        InFlight = a.InFlight + b.InFlight,
        Retrying = a.Retrying + b.Retrying,
        DeadLettered = a.DeadLettered + b.DeadLettered,
        OldestPendingSeconds = a.OldestPendingSeconds ?? b.OldestPendingSeconds,
        HandledLastMinute = a.HandledLastMinute + b.HandledLastMinute,
    };
}
