namespace OpsPlatform.Messaging.TestHost.Probe;

public sealed class JobRun
{
    public Guid Id { get; init; } = Guid.NewGuid();
    public string Node { get; init; } = "";
    public DateTimeOffset StartedAt { get; init; }
    public DateTimeOffset FinishedAt { get; init; }
}
