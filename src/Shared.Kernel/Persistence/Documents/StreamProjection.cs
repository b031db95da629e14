using JasperFx.Events;
using Marten.Events.Aggregation;
using OpsPlatform.Shared.Kernel.Domain;

namespace OpsPlatform.Shared.Kernel.Persistence.Documents;

/// <summary>
/// An event-sourced aggregate's document as the inline projection of its stream, written in the same transaction as
/// the events. An event the command already applied to the instance it appends from (same version) is not applied twice.
/// </summary>
public sealed class StreamProjection<TAggregate, TEvent>(Func<Guid, TAggregate> empty) : SingleStreamProjection<TAggregate, Guid>
    where TAggregate : EventSourcedAggregate<TEvent>
    where TEvent : class, IStreamEvent
{
    public override TAggregate? Evolve(TAggregate? snapshot, Guid id, IEvent e)
    {
        if (e.Data is not TEvent change) return snapshot;
        var aggregate = snapshot ?? empty(id);
        if (aggregate.Version < e.Version) aggregate.Advance(change);
        return aggregate;
    }
}
