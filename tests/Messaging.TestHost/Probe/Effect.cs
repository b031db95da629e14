namespace OpsPlatform.Messaging.TestHost.Probe;

/// <summary>One committed handler run.</summary>
public sealed class Effect
{
    public Guid Id { get; init; } = Guid.NewGuid();
    public Guid MessageId { get; init; }
    public string Handler { get; init; } = "";
    public string Key { get; init; } = "";
    public string Node { get; init; } = "";
    public int Attempt { get; init; }
}
