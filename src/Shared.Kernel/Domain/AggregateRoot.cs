namespace OpsPlatform.Shared.Kernel.Domain;

/// <summary>
/// Base of every aggregate: a time-ordered id, an optimistic-concurrency version and UTC timestamps.
/// The module's unit of work stamps Version, CreatedAt and UpdatedAt on save; entities never set them.
/// </summary>
public abstract class AggregateRoot
{
    public Guid Id { get; protected init; } = Guid.CreateVersion7();
    public int Version { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }
    public DateTimeOffset UpdatedAt { get; private set; }

    /// <summary>Stamps a new or changed document before a Marten unit of work stores it (EF contexts stamp their own entries).</summary>
    internal void Stamp(DateTimeOffset now)
    {
        if (Version == 0) CreatedAt = now;
        UpdatedAt = now;
        Version++;
    }

    /// <summary>An event-sourced aggregate applied one more event of its stream: its version is the stream's.</summary>
    protected void Applied(DateTimeOffset at) => Stamp(at);

    /// <summary>Refuses a change made against a version the caller no longer holds (409).</summary>
    public void EnsureVersion(int? expectedVersion)
    {
        if (expectedVersion is { } expected && expected != Version)
            throw new ConflictException(
                $"This record was changed by someone else: you sent version {expected}, the current version is {Version}. Reload and try again.");
    }
}
