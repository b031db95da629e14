using Npgsql;

namespace OpsPlatform.Shared.Kernel.Bus;

/// <summary>Reads the bus's state from Wolverine's tables: what is still unsettled, the counts per handler queue, the backlog.</summary>
public sealed class BusMonitor(NpgsqlDataSource database)
{
    private const string Incoming = $"{BusSetup.Schema}.wolverine_incoming_envelopes";
    private const string Outgoing = $"{BusSetup.Schema}.wolverine_outgoing_envelopes";
    private const string DeadLetters = $"{BusSetup.Schema}.wolverine_dead_letters";

    /// <summary>
    /// Everything not settled yet, in one statement: envelopes waiting or retrying at a handler's queue, scheduled ones
    /// that are due, and outgoing ones. Messages scheduled for later are settled until they are due.
    /// </summary>
    public async Task<IReadOnlyList<PendingWork>> PendingAsync(CancellationToken cancellationToken)
    {
        await using var command = database.CreateCommand($"""
            SELECT coalesce(received_at, message_type), status, count(*) FROM {Incoming}
            WHERE status = 'Incoming' OR (status = 'Scheduled' AND execution_time <= now())
            GROUP BY 1, 2
            UNION ALL
            SELECT destination, 'Outgoing', count(*) FROM {Outgoing} GROUP BY 1
            """);
        var pending = new List<PendingWork>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
            pending.Add(new PendingWork(reader.GetString(0), reader.GetString(1), reader.GetInt64(2)));
        return pending;
    }

    /// <summary>
    /// Polls (every 15 ms, no fixed sleep) until nothing is pending or <paramref name="timeout"/> passes; answers what
    /// is still pending then (empty: settled). For tests and tools that must wait for the bus, cascades included.
    /// </summary>
    public async Task<IReadOnlyList<PendingWork>> SettleAsync(TimeSpan timeout, CancellationToken cancellationToken = default)
    {
        var watch = System.Diagnostics.Stopwatch.StartNew();
        while (true)
        {
            var pending = await PendingAsync(cancellationToken);
            if (pending.Count == 0 || watch.Elapsed > timeout) return pending;
            await Task.Delay(15, cancellationToken);
        }
    }

    /// <summary>
    /// The age in seconds of the oldest message waiting, and the dead letters of the last hour. Wolverine stores no
    /// arrival time for a message waiting at a queue, so its age counts from the first time this monitor saw it
    /// waiting; a due scheduled message counts from its due time.
    /// </summary>
    public async Task<(double OldestWaitingSeconds, long NewDeadLetters)> BacklogAsync(CancellationToken cancellationToken)
    {
        await using var command = database.CreateCommand($"""
            SELECT id, CASE WHEN status = 'Scheduled' THEN extract(epoch FROM now() - execution_time)::float8 END
            FROM {Incoming}
            WHERE status = 'Incoming' OR (status = 'Scheduled' AND execution_time <= now())
            ORDER BY id LIMIT 10000;
            SELECT count(*) FROM {DeadLetters} WHERE sent_at IS NULL OR sent_at > now() - interval '1 hour';
            """);
        var now = DateTimeOffset.UtcNow;
        var oldest = 0d;
        var waiting = new Dictionary<Guid, DateTimeOffset>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            var id = reader.GetGuid(0);
            var seen = _firstSeen.GetValueOrDefault(id, now);
            waiting[id] = seen;
            var age = reader.IsDBNull(1) ? (now - seen).TotalSeconds : reader.GetDouble(1);
            oldest = Math.Max(oldest, age);
        }
        _firstSeen = waiting;
        await reader.NextResultAsync(cancellationToken);
        await reader.ReadAsync(cancellationToken);
        return (oldest, reader.GetInt64(0));
    }

    private Dictionary<Guid, DateTimeOffset> _firstSeen = new();

    /// <summary>Per handler queue: waiting, scheduled, retrying, owned by a node right now, and dead-lettered.</summary>
    public async Task<IReadOnlyList<QueueCounts>> CountsAsync(CancellationToken cancellationToken)
    {
        await using var command = database.CreateCommand($"""
            SELECT queue, sum(pending)::bigint, sum(scheduled)::bigint, sum(retrying)::bigint, sum(owned)::bigint, sum(dead)::bigint
            FROM (
                SELECT received_at AS queue,
                       count(*) FILTER (WHERE status = 'Incoming' AND attempts = 0) AS pending,
                       count(*) FILTER (WHERE status = 'Scheduled') AS scheduled,
                       count(*) FILTER (WHERE status = 'Incoming' AND attempts > 0) AS retrying,
                       count(*) FILTER (WHERE status = 'Incoming' AND owner_id <> 0) AS owned,
                       0 AS dead
                FROM {Incoming} WHERE status <> 'Handled' GROUP BY received_at
                UNION ALL
                SELECT received_at, 0, 0, 0, 0, count(*) FROM {DeadLetters} GROUP BY received_at
            ) q
            WHERE queue IS NOT NULL
            GROUP BY queue ORDER BY queue
            """);
        var counts = new List<QueueCounts>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
            counts.Add(new QueueCounts(reader.GetString(0), reader.GetInt64(1), reader.GetInt64(2), reader.GetInt64(3), reader.GetInt64(4), reader.GetInt64(5)));
        return counts;
    }
}

/// <summary>The state of one handler's durable queue (MESSAGING.md R40).</summary>
public sealed record QueueCounts(string Queue, long Pending, long Scheduled, long Retrying, long Owned, long DeadLettered);
