using OpsPlatform.Shared.Kernel.Messaging;

namespace OpsPlatform.Messaging.Tests;

/// <summary>An event no handler subscribes to.</summary>
[IntegrationEvent("probe.unheard", 1)]
public sealed record Unheard(Guid EventId, DateTimeOffset OccurredAt) : IIntegrationEvent
{
    public static Unheard New() => new(Guid.NewGuid(), DateTimeOffset.UtcNow);
}
