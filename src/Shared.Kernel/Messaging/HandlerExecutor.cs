using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Npgsql;
using OpsPlatform.Shared.Kernel.Persistence;

namespace OpsPlatform.Shared.Kernel.Messaging;

/// <summary>
/// Runs one claimed inbox row: in a fresh DI scope, inside a transaction on the subscribing module's scoped
/// DbContext. The row's handled marker (fenced by the claim token) is saved in the same batch as the handler's first
/// save, or alone when it saves nothing: whatever the handler saves through that DbContext (itself or through a
/// command it sends), the events it publishes and the messages it schedules commit together with the marker, or not
/// at all (R15); a claim taken over meanwhile (the heartbeat renews the lease while the handler runs) rolls back.
/// Poison is dead-lettered at once (R27); failures go to the policy.
/// </summary>
public sealed class HandlerExecutor(
    IServiceScopeFactory scopes,
    BusRegistry registry,
    InboxStore inbox,
    FailurePolicy failures,
    ILogger<HandlerExecutor> logger)
{
    public async Task<HandlerOutcome> ExecuteAsync(InboxRow row, CancellationToken cancellationToken)
    {
        var subscription = registry.Find(row.Schema, row.Handler, row.MessageType, row.MessageVersion);
        if (subscription is null)
        {
            await inbox.DeadLetterAsync(row, $"poison: no handler {row.Handler} in {row.Schema} for {row.MessageType} v{row.MessageVersion}", null, CancellationToken.None);
            return HandlerOutcome.DeadLettered;
        }

        object message;
        try
        {
            message = Deserialize(row, subscription);
        }
        catch (Exception ex) when (ex is JsonException or NotSupportedException or ArgumentException or InvalidOperationException)
        {
            await inbox.DeadLetterAsync(row, $"poison: unreadable payload for {row.MessageType} v{row.MessageVersion}", ex, CancellationToken.None);
            return HandlerOutcome.DeadLettered;
        }

        try
        {
            await RunInTransactionAsync(subscription, [row], [message], cancellationToken);
            return HandlerOutcome.Handled;
        }
        catch (ClaimLostException)
        {
            return HandlerOutcome.LostClaim; // another node took the claim over; nothing was committed
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (Exception ex) when (!IsConnectionLoss(ex))
        {
            return await FailAsync(subscription, row, ex);
        }
    }

    /// <summary>
    /// Runs claimed rows of one handler and message type in one transaction: each row's handler, save and handled
    /// marker in turn, then one commit for all. If any row fails, poisons or lost its claim, that transaction rolls
    /// back and every row runs again on its own through <see cref="ExecuteAsync"/>, so outcomes, retries and dead
    /// letters stay per row and nothing of a failed batch is kept.
    /// </summary>
    public async Task<IReadOnlyList<HandlerOutcome>> ExecuteBatchAsync(IReadOnlyList<InboxRow> rows, CancellationToken cancellationToken)
    {
        if (rows.Count > 1 && registry.Find(rows[0].Schema, rows[0].Handler, rows[0].MessageType, rows[0].MessageVersion) is { } subscription)
        {
            try
            {
                await RunInTransactionAsync(subscription, rows, rows.Select(r => Deserialize(r, subscription)).ToArray(), cancellationToken);
                return rows.Select(_ => HandlerOutcome.Handled).ToArray();
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                throw;
            }
            catch (Exception ex) when (!IsConnectionLoss(ex))
            {
                logger.LogDebug(ex, "A batch of {Count} {Handler} rows failed together; running them one at a time", rows.Count, rows[0].Handler);
            }
        }
        var outcomes = new HandlerOutcome[rows.Count];
        for (var i = 0; i < rows.Count; i++) outcomes[i] = await ExecuteAsync(rows[i], cancellationToken);
        return outcomes;
    }

    /// <summary>
    /// One transaction on the subscriber's DbContext for <paramref name="rows"/>, in turn: the row's marker, its handler,
    /// its save (the marker goes out with the handler's first save, or alone when it saves nothing), then one commit.
    /// Throws <see cref="ClaimLostException"/> when a claim was taken over; disposing rolls everything back.
    /// </summary>
    private async Task RunInTransactionAsync(Subscription subscription, IReadOnlyList<InboxRow> rows, object[] messages, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = (ModuleDbContext)scope.ServiceProvider.GetRequiredService(subscription.DbContextType);
        var savepoints = db.Database.AutoSavepointsEnabled;
        db.Database.AutoSavepointsEnabled = false; // one transaction, no savepoint round trips per SaveChanges
        try
        {
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            for (var i = 0; i < rows.Count; i++)
            {
                var row = rows[i];
                var context = new MessageContext(row.MessageId, row.CorrelationId, row.CausationId, row.SourceModule, row.Handler, row.Attempts);
                db.MarkHandledOnSave(row);
                using (CurrentMessage.Begin(context, subscription.Schema))
                {
                    await subscription.InvokeAsync(scope.ServiceProvider, messages[i], context, ct);
                    // The marker is still unsaved when the handler saved nothing, or swallowed a ClaimLostException.
                    if (db.ChangeTracker.HasChanges() || db.HasPendingSchedules) await db.SaveChangesAsync(ct);
                }
                db.ChangeTracker.Clear(); // the next message starts from a clean unit of work, as it would on its own
            }
            await transaction.CommitAsync(ct);
        }
        finally
        {
            db.Database.AutoSavepointsEnabled = savepoints;
        }
    }

    private static object Deserialize(InboxRow row, Subscription subscription) =>
        JsonSerializer.Deserialize(row.Payload, subscription.MessageType, MessageJson.Options) ?? throw new JsonException("The payload is JSON null.");

    private async Task<HandlerOutcome> FailAsync(Subscription subscription, InboxRow row, Exception error)
    {
        var decision = failures.Decide(subscription.HandlerType, error, row.Attempts);
        switch (decision.Action)
        {
            case FailureAction.Retry:
                logger.LogWarning(error, "{Handler} failed on {MessageType} {MessageId} (attempt {Attempt}); retrying in {Delay}",
                    row.Handler, row.MessageType, row.MessageId, row.Attempts, decision.Delay);
                await inbox.RetryAsync(row, decision.Delay, error, CancellationToken.None);
                return HandlerOutcome.Retrying;
            case FailureAction.Discard:
                logger.LogWarning(error, "{Handler} discarded {MessageType} {MessageId}", row.Handler, row.MessageType, row.MessageId);
                await inbox.DiscardAsync(row, error, CancellationToken.None);
                return HandlerOutcome.Discarded;
            default:
                logger.LogError(error, "{Handler} dead-lettered {MessageType} {MessageId} after {Attempts} attempt(s)",
                    row.Handler, row.MessageType, row.MessageId, row.Attempts);
                await inbox.DeadLetterAsync(row, $"failed after {row.Attempts} attempt(s)", error, CancellationToken.None);
                return HandlerOutcome.DeadLettered;
        }
    }

    /// <summary>The database went away: nothing can be recorded; the lease expires and the row is claimed again.</summary>
    private static bool IsConnectionLoss(Exception ex) =>
        ex is NpgsqlException { InnerException: IOException or System.Net.Sockets.SocketException or TimeoutException };
}
