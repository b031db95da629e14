namespace OpsPlatform.Modules.ItAssets.Tests;

/// <summary>A host on a hand-set clock (starting now), so that due dates can pass without waiting.</summary>
public sealed class ClockedApi : ApiFactory
{
    public ManualClock Time { get; } = new(DateTimeOffset.UtcNow);

    public ClockedApi() => Clock = Time;
}
