namespace OpsPlatform.Shared.Kernel.Domain;

/// <summary>An event of an aggregate's stream, with the time it happened.</summary>
public interface IStreamEvent
{
    DateTimeOffset At { get; }
}
