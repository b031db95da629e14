using System.Collections.Concurrent;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Npgsql;

namespace OpsPlatform.Shared.Kernel.Messaging;

/// <summary>
/// Nudges every node's relay (and live stream) after a commit that wrote outbox rows: this node's at once, in
/// process, and all nodes through a NOTIFY sent from its own short transaction, at most one per schema every
/// <see cref="Coalesce"/>. Never inside the writing transaction: there a NOTIFY serializes all writing commits behind
/// each other's WAL flush (docs/benchmarks.md, "outbox NOTIFY"). A nudge only shortens waits: the loops poll, so a lost
/// nudge costs at most one poll interval.
/// </summary>
public sealed class OutboxCommitSignal(NpgsqlDataSource database, BusNotifications notifications, IOptions<BusOptions> options,
    ILogger<OutboxCommitSignal> logger) : BackgroundService
{
    public static readonly TimeSpan Coalesce = TimeSpan.FromMilliseconds(5);

    private readonly ConcurrentDictionary<string, byte> _schemas = new();
    private readonly Pulse _pending = new();

    /// <summary>Called when a unit of work that recorded outbox rows in <paramref name="schema"/> has committed.</summary>
    public void Committed(string schema)
    {
        if (!options.Value.Nudge) return;
        notifications.OutboxCommittedHere(schema);
        if (_schemas.TryAdd(schema, 0)) _pending.Set();
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.Nudge) return;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await _pending.WaitAsync(Timeout.InfiniteTimeSpan, stoppingToken);
                // Removed before notifying: a commit landing meanwhile either is covered by this NOTIFY or re-adds its schema.
                var schemas = _schemas.Keys.ToArray();
                foreach (var schema in schemas) _schemas.TryRemove(schema, out _);
                await NotifyAsync(schemas, stoppingToken);
                await Task.Delay(Coalesce, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex) when (ex is NpgsqlException or TimeoutException or System.Net.Sockets.SocketException)
            {
                logger.LogWarning(ex, "Could not nudge the other nodes; they pick the rows up on their next poll");
                try { await Task.Delay(options.Value.PollInterval, stoppingToken); }
                catch (OperationCanceledException) { return; }
            }
        }
    }

    private async Task NotifyAsync(string[] schemas, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await using var batch = new NpgsqlBatch(connection);
        foreach (var schema in schemas)
            batch.BatchCommands.Add(new NpgsqlBatchCommand("SELECT pg_notify($1, $2)")
            {
                Parameters = { new NpgsqlParameter<string> { TypedValue = BusNotifications.Channel }, new NpgsqlParameter<string> { TypedValue = $"outbox:{schema}" } },
            });
        await batch.ExecuteNonQueryAsync(cancellationToken);
    }
}
