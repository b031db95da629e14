namespace OpsPlatform.Shared.Kernel.Bus;

/// <summary>A wake-up flag: any number of <see cref="Set"/> calls wake one waiter once.</summary>
public sealed class Pulse
{
    private readonly SemaphoreSlim _signal = new(0, 1);

    public void Set()
    {
        try
        {
            if (_signal.CurrentCount == 0) _signal.Release();
        }
        catch (SemaphoreFullException)
        {
            // Another Set won the race; the flag is up either way.
        }
    }

    /// <summary>True when woken, false when the timeout passed first.</summary>
    public Task<bool> WaitAsync(TimeSpan timeout, CancellationToken cancellationToken) => _signal.WaitAsync(timeout, cancellationToken);
}
