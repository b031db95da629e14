using OpsPlatform.Shared.Kernel.Bus;

namespace OpsPlatform.Modules.ItAssets.Contracts;

/// <summary>A hardware asset was registered (stage "ordered" or "in_stock"). IT staff see it.</summary>
[IntegrationEvent("it-assets.hardware-registered", 1)]
public sealed record HardwareRegistered(
    Guid EventId,
    DateTimeOffset OccurredAt,
    Guid HardwareId,
    string AssetTag,
    string Name,
    string Category,
    string Stage,
    IReadOnlyList<Guid> VisibleToUserIds) : IIntegrationEvent, IVisibleToUsers;
