namespace OpsPlatform.Shared.Kernel.Bus;

/// <summary>A fact one module tells the others. Lives in a module's Contracts project; carries a stable wire name.</summary>
public interface IIntegrationEvent
{
    Guid EventId { get; }
    DateTimeOffset OccurredAt { get; }
}
