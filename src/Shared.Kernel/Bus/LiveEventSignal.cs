namespace OpsPlatform.Shared.Kernel.Bus;

/// <summary>Raised in-process after a commit that wrote live events, so this host's live feed reads them without waiting for its poll.</summary>
public sealed class LiveEventSignal
{
    public Pulse Committed { get; } = new();
}
