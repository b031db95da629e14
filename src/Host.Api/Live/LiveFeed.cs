using System.Collections.Concurrent;
using System.Text;
using Npgsql;
using OpsPlatform.Shared.Kernel.Bus;
using OpsPlatform.Shared.Kernel.Persistence.Documents;

namespace OpsPlatform.Host.Api.Live;

/// <summary>
/// This host's reader of committed events: it polls every module's <c>live_events</c> past its cursor (woken at once
/// by this host's own commits) and hands new rows to the connected clients, so another host's change arrives within a
/// poll interval. Rows stay for <c>Bus:LiveRetention</c>, which bounds what a reconnect can replay. With no client
/// connected it reads nothing: the first subscriber sets its cursor to the stream's head.
/// </summary>
internal sealed class LiveFeed(NpgsqlDataSource database, IEnumerable<IModuleStore> modules, LiveEventSignal signal, IConfiguration configuration, ILogger<LiveFeed> logger)
    : BackgroundService
{
    private const int BatchSize = 1000;

    private readonly ConcurrentDictionary<LiveListener, bool> _listeners = new();
    private readonly Pulse _wake = new();
    private readonly TimeSpan _pollInterval = configuration.GetValue("Live:PollInterval", TimeSpan.FromMilliseconds(250));
    private readonly Lock _gate = new();
    private LiveCursor? _cursor; // null while no client is connected: the feed is idle
    private string? _committedAtStart; // the snapshot taken when the feed woke up: what it showed as committed is not new
    private string? _sql;

    /// <summary>Whether the feed is reading the live events (some client is connected).</summary>
    public bool IsReading
    {
        get { lock (_gate) return _cursor is not null; }
    }

    /// <summary>
    /// Registers a client; it is offered every event committed after this returns. Register before telling the
    /// client it is connected, and before replaying from its <c>Last-Event-ID</c>, so nothing falls in between.
    /// </summary>
    public async Task<LiveListener> SubscribeAsync(Func<LiveEvent, bool> wants, CancellationToken ct)
    {
        var listener = new LiveListener(wants, l => _listeners.TryRemove(l, out _));
        _listeners[listener] = true;
        // A running feed's cursor is already behind anything not yet committed, and with this listener registered the
        // feed cannot go idle any more: only an idle feed needs the head.
        if (IsReading) return listener;
        try
        {
            var (head, snapshot) = await WakeUpAsync(ct);
            lock (_gate)
            {
                if (_cursor is null)
                {
                    _cursor = head;
                    _committedAtStart = snapshot;
                }
            }
        }
        catch
        {
            listener.Dispose();
            throw;
        }
        _wake.Set();
        return listener;
    }

    /// <summary>Committed events after <paramref name="after"/> (oldest first), at most <paramref name="limit"/>.</summary>
    public async Task<IReadOnlyList<LiveEvent>> ReadAfterAsync(LiveCursor after, int limit, CancellationToken ct) =>
        await ReadAfterAsync(after, null, limit, ct);

    /// <summary>As above, leaving out what <paramref name="committedIn"/> (a <c>pg_snapshot</c>) already showed as committed.</summary>
    private async Task<IReadOnlyList<LiveEvent>> ReadAfterAsync(LiveCursor after, string? committedIn, int limit, CancellationToken ct)
    {
        _sql ??= Sql();
        await using var command = database.CreateCommand(_sql);
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = after.Transaction.ToString(System.Globalization.CultureInfo.InvariantCulture) });
        command.Parameters.Add(new NpgsqlParameter<Guid> { TypedValue = after.MessageId });
        command.Parameters.Add(new NpgsqlParameter<int> { TypedValue = limit });
        command.Parameters.Add(new NpgsqlParameter { Value = (object?)committedIn ?? DBNull.Value, NpgsqlDbType = NpgsqlTypes.NpgsqlDbType.Text });
        var events = new List<LiveEvent>();
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            events.Add(new LiveEvent(new LiveCursor(reader.GetInt64(1), reader.GetGuid(2)), reader.GetString(0), reader.GetString(3), reader.GetInt32(4),
                reader.GetFieldValue<DateTimeOffset>(5), reader.IsDBNull(6) ? null : reader.GetFieldValue<Guid[]>(6), reader.GetString(7), reader.GetBoolean(8)));
        }
        return events;
    }

    /// <summary>
    /// Where a waking feed starts: below the oldest running transaction (which may still commit events), with the
    /// snapshot that says which later transactions had already committed (their events are not new to the client).
    /// </summary>
    private async Task<(LiveCursor Head, string Snapshot)> WakeUpAsync(CancellationToken ct)
    {
        await using var command = database.CreateCommand("SELECT pg_snapshot_xmin(s)::text::bigint, s::text FROM (SELECT pg_current_snapshot() AS s) now");
        await using var reader = await command.ExecuteReaderAsync(ct);
        await reader.ReadAsync(ct);
        return (new LiveCursor(reader.GetInt64(0), Guid.Empty), reader.GetString(1));
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        _ = RelayLocalCommitsAsync(stoppingToken);
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                LiveCursor? cursor;
                string? committedAtStart;
                lock (_gate)
                {
                    if (_listeners.IsEmpty) _cursor = null;
                    cursor = _cursor;
                    committedAtStart = _committedAtStart;
                }
                if (cursor is null)
                {
                    await _wake.WaitAsync(Timeout.InfiniteTimeSpan, stoppingToken);
                    continue;
                }
                var events = await ReadAfterAsync(cursor.Value, committedAtStart, BatchSize, stoppingToken);
                foreach (var e in events)
                    foreach (var listener in _listeners.Keys) listener.Offer(e);
                if (events.Count > 0) lock (_gate) _cursor = events[^1].Cursor;
                // Rows held back behind a running transaction show up on a later round; polling keeps that short.
                if (events.Count < BatchSize) await _wake.WaitAsync(_pollInterval, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex) when (ex is NpgsqlException or TimeoutException or System.Net.Sockets.SocketException)
            {
                logger.LogWarning(ex, "The live feed could not read the live events; retrying");
                try { await Task.Delay(TimeSpan.FromSeconds(1), stoppingToken); }
                catch (OperationCanceledException) { return; }
            }
        }
    }

    private async Task RelayLocalCommitsAsync(CancellationToken stoppingToken)
    {
        try
        {
            while (!stoppingToken.IsCancellationRequested)
                if (await signal.Committed.WaitAsync(Timeout.InfiniteTimeSpan, stoppingToken)) _wake.Set();
        }
        catch (OperationCanceledException)
        {
            // stopping
        }
    }

    private string Sql()
    {
        var union = new StringBuilder();
        foreach (var schema in modules.Select(m => m.Schema).Distinct())
        {
            if (union.Length > 0) union.Append(" UNION ALL ");
            union.Append($"""
                (SELECT '{schema}' AS module, tx_id::text::bigint AS tx, id, message_type, message_version, occurred_at, visible_to, payload::text, personal
                 FROM {schema}.live_events
                 WHERE (tx_id, id) > ($1::xid8, $2) AND tx_id < pg_snapshot_xmin(pg_current_snapshot())
                   AND ($4::text IS NULL OR NOT pg_visible_in_snapshot(tx_id, $4::text::pg_snapshot))
                 ORDER BY tx_id, id LIMIT $3)
                """);
        }
        return $"SELECT * FROM ({union}) e ORDER BY tx, id LIMIT $3";
    }
}
