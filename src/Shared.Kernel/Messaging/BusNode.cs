using System.Collections.Concurrent;
using System.Diagnostics;
using System.Threading.Channels;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Npgsql;

namespace OpsPlatform.Shared.Kernel.Messaging;

/// <summary>
/// This process's share of the bus: a relay loop (outbox → inboxes), a handler loop (claim due inbox rows with SKIP
/// LOCKED and a lease; run up to <see cref="BusOptions.MaxConcurrency"/> batches at once, a batch being claimed rows of
/// one handler and message type in one transaction, see <see cref="HandlerExecutor.ExecuteBatchAsync"/>) and a
/// heartbeat that renews the leases of the rows it holds and registers the node in <c>bus.nodes</c>. Loops wake on a
/// NOTIFY nudge or after one poll interval, and back off while the database is away: nothing is lost, since all state
/// is in tables and nothing counts as done without a commit. Stopping stops claiming, lets running handlers finish up
/// to <see cref="BusOptions.DrainTimeout"/>, then cancels the rest and releases every claim that did not complete.
/// </summary>
public sealed class BusNode(
    NpgsqlDataSource database,
    BusRegistry registry,
    OutboxRelay relay,
    InboxStore inbox,
    HandlerExecutor executor,
    BusNotifications notifications,
    IOptions<BusOptions> options,
    ILogger<BusNode> logger) : BackgroundService
{
    private readonly BusOptions _options = options.Value;
    private readonly ConcurrentDictionary<(string, long), InboxRow> _outstanding = new();
    private readonly Channel<InboxRow[]> _queue = Channel.CreateUnbounded<InboxRow[]>(new UnboundedChannelOptions { SingleReader = false });
    private readonly Pulse _slotFreed = new();
    private readonly CancellationTokenSource _stopClaiming = new();
    private readonly CancellationTokenSource _abortHandlers = new();
    private int _running;
    private long _handled;
    private long _lastRelayTick = Environment.TickCount64;
    private long _lastClaimTick = Environment.TickCount64;

    public string NodeId { get; } = $"{Environment.MachineName}-{Environment.ProcessId}-{Guid.NewGuid().ToString("N")[..8]}";

    /// <summary>Messages this node completed since start (handled, dead-lettered or discarded).</summary>
    public long Completed => Interlocked.Read(ref _handled);

    /// <summary>How long ago each loop last finished a round; the health check reads them.</summary>
    public TimeSpan SinceRelay => TimeSpan.FromMilliseconds(Environment.TickCount64 - Interlocked.Read(ref _lastRelayTick));

    public TimeSpan SinceClaim => TimeSpan.FromMilliseconds(Environment.TickCount64 - Interlocked.Read(ref _lastClaimTick));

    public bool IsEnabled => _options.Enabled;

    public bool HasSubscribers => registry.SubscriberSchemas.Count > 0;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!_options.Enabled) return;
        using var claiming = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken, _stopClaiming.Token);
        var workers = Enumerable.Range(0, _options.MaxConcurrency).Select(_ => Task.Run(() => WorkAsync(_abortHandlers.Token), CancellationToken.None)).ToArray();
        await Task.WhenAll(
            Task.Run(() => RelayLoopAsync(claiming.Token), CancellationToken.None),
            Task.Run(() => ClaimLoopAsync(claiming.Token), CancellationToken.None),
            Task.Run(() => HeartbeatLoopAsync(stoppingToken), CancellationToken.None));
        await Task.WhenAll(workers);
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        if (!_options.Enabled)
        {
            await base.StopAsync(cancellationToken);
            return;
        }
        await _stopClaiming.CancelAsync();
        _queue.Writer.TryComplete();
        var unstarted = new List<InboxRow>();
        while (_queue.Reader.TryRead(out var rows)) unstarted.AddRange(rows);

        var drain = Stopwatch.StartNew();
        while (Volatile.Read(ref _running) > 0 && drain.Elapsed < _options.DrainTimeout && !cancellationToken.IsCancellationRequested)
            await _slotFreed.WaitAsync(TimeSpan.FromMilliseconds(50), CancellationToken.None);
        await _abortHandlers.CancelAsync();
        await base.StopAsync(cancellationToken);

        try
        {
            await inbox.ReleaseAsync(_outstanding.Values.ToList(), NodeId, CancellationToken.None);
            await using var stopped = database.CreateCommand("UPDATE bus.nodes SET stopped_at = now() WHERE node_id = $1");
            stopped.Parameters.Add(new NpgsqlParameter<string> { TypedValue = NodeId });
            await stopped.ExecuteNonQueryAsync(CancellationToken.None);
        }
        catch (Exception ex) when (ex is NpgsqlException or TimeoutException or System.Net.Sockets.SocketException or ObjectDisposedException)
        {
            logger.LogWarning(ex, "Could not release {Count} claim(s) on stop; they are claimable again when their lease ends", _outstanding.Count);
        }
        logger.LogInformation("Bus node {Node} stopped ({Unstarted} unstarted claim(s) released)", NodeId, unstarted.Count);
    }

    private Task RelayLoopAsync(CancellationToken ct) => LoopAsync("relay", async () =>
    {
        var relayed = await relay.RelayAsync(CancellationToken.None); // statements run to the end; only waits are cancelled
        Interlocked.Exchange(ref _lastRelayTick, Environment.TickCount64);
        if (relayed > 0) notifications.InboxFilled.Set();
        if (!relay.WasFull(relayed)) await notifications.OutboxCommitted.WaitAsync(_options.PollInterval, ct);
    }, ct);

    private Task ClaimLoopAsync(CancellationToken ct)
    {
        var schemas = registry.SubscriberSchemas;
        if (schemas.Count == 0) return Task.CompletedTask;
        var capacity = _options.MaxConcurrency * 2;
        return LoopAsync("handler loop", async () =>
        {
            var free = capacity - _outstanding.Count;
            var claimedAll = false;
            if (free > 0)
            {
                var rows = await inbox.ClaimAsync(schemas, free, NodeId, _options.LeaseDuration, CancellationToken.None);
                foreach (var row in rows) _outstanding[(row.Schema, row.Id)] = row;
                foreach (var batch in rows.GroupBy(r => (r.Schema, r.Handler, r.MessageType, r.MessageVersion)).SelectMany(g => g.Chunk(_options.HandlerBatchSize)))
                    _queue.Writer.TryWrite(batch);
                claimedAll = rows.Count >= free;
            }
            Interlocked.Exchange(ref _lastClaimTick, Environment.TickCount64);
            if (claimedAll || free <= 0)
                await _slotFreed.WaitAsync(_options.PollInterval, ct);
            else
                await notifications.InboxFilled.WaitAsync(_options.PollInterval, ct);
        }, ct);
    }

    private async Task WorkAsync(CancellationToken abort)
    {
        while (await WaitToReadAsync())
        {
            if (!_queue.Reader.TryRead(out var rows)) continue;
            Interlocked.Increment(ref _running);
            try
            {
                var outcomes = await executor.ExecuteBatchAsync(rows, abort);
                Interlocked.Add(ref _handled, outcomes.Count(o => o != HandlerOutcome.LostClaim));
                foreach (var row in rows) _outstanding.TryRemove((row.Schema, row.Id), out _);
            }
            catch (OperationCanceledException) when (abort.IsCancellationRequested)
            {
                // Stopped mid-handler: rolled back; the claim is released on stop.
            }
            catch (Exception ex) when (IsDatabaseTrouble(ex))
            {
                logger.LogWarning(ex, "Could not complete {Count} {Handler} row(s); they are claimable again when their lease ends", rows.Length, rows[0].Handler);
                foreach (var row in rows) _outstanding.TryRemove((row.Schema, row.Id), out _);
            }
            finally
            {
                Interlocked.Decrement(ref _running);
                if (_outstanding.Count <= _options.MaxConcurrency) _slotFreed.Set();
            }
        }
    }

    private async Task<bool> WaitToReadAsync()
    {
        try
        {
            return await _queue.Reader.WaitToReadAsync(_stopClaiming.Token);
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }

    private Task HeartbeatLoopAsync(CancellationToken ct)
    {
        var renewEvery = TimeSpan.FromTicks(Math.Min(_options.HeartbeatInterval.Ticks, _options.LeaseDuration.Ticks / 3));
        return LoopAsync("heartbeat", async () =>
        {
            await using (var beat = database.CreateCommand("""
                INSERT INTO bus.nodes (node_id, host_name, process_id) VALUES ($1, $2, $3)
                ON CONFLICT (node_id) DO UPDATE SET heartbeat_at = now(), stopped_at = NULL
                """))
            {
                beat.Parameters.Add(new NpgsqlParameter<string> { TypedValue = NodeId });
                beat.Parameters.Add(new NpgsqlParameter<string> { TypedValue = Environment.MachineName });
                beat.Parameters.Add(new NpgsqlParameter<int> { TypedValue = Environment.ProcessId });
                await beat.ExecuteNonQueryAsync(CancellationToken.None);
            }
            await inbox.RenewAsync(_outstanding.Values.ToList(), NodeId, _options.LeaseDuration, CancellationToken.None);
            await Task.Delay(renewEvery, ct);
        }, ct);
    }

    /// <summary>Runs rounds until stopped; while the database is away, waits longer and longer (up to 5 s) between them.</summary>
    private async Task LoopAsync(string loop, Func<Task> round, CancellationToken ct)
    {
        var failures = 0;
        while (!ct.IsCancellationRequested)
        {
            try
            {
                await round();
                failures = 0;
            }
            catch (OperationCanceledException) when (ct.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex) when (IsDatabaseTrouble(ex))
            {
                await BackOffAsync(loop, ex, ++failures, ct);
            }
        }
    }

    private async Task BackOffAsync(string loop, Exception ex, int failures, CancellationToken ct)
    {
        var delay = TimeSpan.FromMilliseconds(Math.Min(5000, 100 * Math.Pow(2, Math.Min(failures, 10))));
        logger.LogWarning(ex, "Bus {Loop} failed ({Failures} in a row); retrying in {Delay}", loop, failures, delay);
        try { await Task.Delay(delay, ct); }
        catch (OperationCanceledException) { }
    }

    private static bool IsDatabaseTrouble(Exception ex) =>
        ex is NpgsqlException or TimeoutException or System.Net.Sockets.SocketException or IOException or InvalidOperationException;
}
