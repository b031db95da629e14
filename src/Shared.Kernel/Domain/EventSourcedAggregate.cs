namespace OpsPlatform.Shared.Kernel.Domain;

/// <summary>
/// An aggregate whose state is its event stream: each domain method checks its rule, then records one event, which
/// advances the state (<see cref="Advance"/>, the only place the state changes) and waits to be appended. The stored
/// document is the stream's inline projection (<c>StreamProjection</c>), so the version is the stream's. The method
/// names avoid Marten's conventional Apply/Create, which it would otherwise call itself.
/// </summary>
public abstract class EventSourcedAggregate<TEvent> : AggregateRoot where TEvent : class, IStreamEvent
{
    private readonly List<TEvent> _pending = [];

    /// <summary>Moves the state on by one event of the stream.</summary>
    public void Advance(TEvent e)
    {
        Change(e);
        Applied(e.At);
    }

    /// <summary>Hands over the events recorded since this instance was loaded (to append to its stream) and forgets them.</summary>
    public IReadOnlyList<TEvent> TakeEvents()
    {
        var events = _pending.ToArray();
        _pending.Clear();
        return events;
    }

    protected void Record(TEvent e)
    {
        Advance(e);
        _pending.Add(e);
    }

    /// <summary>What one event changes in the state.</summary>
    protected abstract void Change(TEvent e);
}
