namespace OpsPlatform.Testing;

/// <summary>A clock tests set by hand; the host uses it wherever it asks <see cref="TimeProvider"/> for the time.</summary>
public sealed class ManualClock(DateTimeOffset start) : TimeProvider
{
    private DateTimeOffset _now = start;

    public override DateTimeOffset GetUtcNow() => _now;

    public void Set(DateTimeOffset now) => _now = now;

    public void Advance(TimeSpan by) => _now += by;
}
