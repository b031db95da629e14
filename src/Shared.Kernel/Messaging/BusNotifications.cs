using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Npgsql;

namespace OpsPlatform.Shared.Kernel.Messaging;

/// <summary>
/// LISTENs on <c>ops_bus</c>, which the inbox trigger and <see cref="OutboxCommitSignal"/> notify after commits, and wakes this node's relay
/// (<see cref="OutboxCommitted"/>) and handler loop (<see cref="InboxFilled"/>); other listeners (the live stream)
/// subscribe to <see cref="Committed"/>. The nudge only shortens waits: every loop also polls, so a lost
/// notification delays work by at most one poll interval.
/// </summary>
public sealed class BusNotifications(NpgsqlDataSource database, IOptions<BusOptions> options, ILogger<BusNotifications> logger) : BackgroundService
{
    public const string Channel = "ops_bus";

    public Pulse OutboxCommitted { get; } = new();
    public Pulse InboxFilled { get; } = new();

    /// <summary>Raised with the schema whose outbox received committed rows (also raised on reconnect, with null).</summary>
    public event Action<string?>? Committed;

    /// <summary>This process committed outbox rows in <paramref name="schema"/>: wakes the relay and the listeners at once.</summary>
    public void OutboxCommittedHere(string schema)
    {
        OutboxCommitted.Set();
        Committed?.Invoke(schema);
    }

    /// <summary>Wakes this node's loops as a notification would (tests and the settle helper use it).</summary>
    public void NudgeAll()
    {
        OutboxCommitted.Set();
        InboxFilled.Set();
        Committed?.Invoke(null);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.Nudge) return;
        var backoff = TimeSpan.FromMilliseconds(200);
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await using var connection = await database.OpenConnectionAsync(stoppingToken);
                connection.Notification += (_, e) => OnNotification(e.Payload);
                await using (var listen = new NpgsqlCommand($"LISTEN {Channel}", connection))
                    await listen.ExecuteNonQueryAsync(stoppingToken);
                NudgeAll(); // whatever was committed while we were not listening
                backoff = TimeSpan.FromMilliseconds(200);
                while (!stoppingToken.IsCancellationRequested) await connection.WaitAsync(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex) when (ex is NpgsqlException or TimeoutException or System.Net.Sockets.SocketException or InvalidOperationException)
            {
                logger.LogWarning(ex, "Bus listener lost its connection; retrying in {Delay}", backoff);
                try { await Task.Delay(backoff, stoppingToken); }
                catch (OperationCanceledException) { return; }
                backoff = TimeSpan.FromTicks(Math.Min(backoff.Ticks * 2, TimeSpan.FromSeconds(5).Ticks));
            }
        }
    }

    private void OnNotification(string payload)
    {
        var separator = payload.IndexOf(':');
        var table = separator < 0 ? payload : payload[..separator];
        var schema = separator < 0 ? null : payload[(separator + 1)..];
        if (table == "outbox")
        {
            OutboxCommitted.Set();
            Committed?.Invoke(schema);
        }
        else
        {
            InboxFilled.Set();
        }
    }
}
