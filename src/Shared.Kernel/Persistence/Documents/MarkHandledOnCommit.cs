using Marten;
using Marten.Services;
using OpsPlatform.Shared.Kernel.Bus;
using Wolverine;

namespace OpsPlatform.Shared.Kernel.Persistence.Documents;

/// <summary>
/// Inside a Wolverine handler: marks the envelope being handled as handled in the same commit as the handler's writes,
/// so a crash after the commit never runs the handler twice. The row is the one of this handler's queue (with
/// <c>IdAndDestination</c> one message has a row per destination). Publishing goes through the unit of work's own
/// message context; Wolverine's session listener for the handler's context would also store a second copy of a
/// scheduled envelope that fired, and fail on it.
/// </summary>
internal sealed class MarkHandledOnCommit(Envelope envelope, TimeSpan keepFor) : DocumentSessionListenerBase
{
    private bool _queued;

    public override Task BeforeSaveChangesAsync(IDocumentSession session, CancellationToken token)
    {
        if (_queued || envelope.Destination is null) return Task.CompletedTask;
        session.QueueSqlCommand(
            $"UPDATE {BusSetup.Schema}.wolverine_incoming_envelopes SET status = 'Handled', keep_until = ? WHERE id = ? AND received_at = ?",
            DateTimeOffset.UtcNow.Add(keepFor), envelope.Id, envelope.Destination.ToString());
        _queued = true;
        return Task.CompletedTask;
    }

    public override Task AfterCommitAsync(IDocumentSession session, IChangeSet commit, CancellationToken token)
    {
        if (_queued) envelope.Status = EnvelopeStatus.Handled; // Wolverine then skips its own (separate) handled mark
        return Task.CompletedTask;
    }
}
