using System.Threading.Channels;

namespace OpsPlatform.Host.Api.Live;

/// <summary>One connected client's queue. A client that falls too far behind is dropped (it reconnects with Last-Event-ID).</summary>
internal sealed class LiveListener(Func<LiveEvent, bool> wants, Action<LiveListener> unsubscribe) : IDisposable
{
    public const int Capacity = 5000;

    private readonly Channel<LiveEvent> _events = Channel.CreateBounded<LiveEvent>(new BoundedChannelOptions(Capacity) { SingleReader = true });

    public ChannelReader<LiveEvent> Events => _events.Reader;

    public void Offer(LiveEvent e)
    {
        if (wants(e) && !_events.Writer.TryWrite(e)) _events.Writer.TryComplete(new InvalidOperationException("The client fell too far behind."));
    }

    public void Dispose()
    {
        unsubscribe(this);
        _events.Writer.TryComplete();
    }
}
