using OpsPlatform.Shared.Kernel.Messaging;

namespace OpsPlatform.Modules.ItAssets.Contracts;

/// <summary>A hardware asset was registered. Its holder (if any) sees it besides the managers.</summary>
[IntegrationEvent("it-assets.hardware-registered", 1)]
public sealed record HardwareRegistered(
    Guid EventId,
    DateTimeOffset OccurredAt,
    Guid HardwareId,
    string AssetTag,
    string Name,
    string Category,
    string Status,
    Guid? AssignedTo,
    IReadOnlyList<Guid> VisibleToUserIds) : IIntegrationEvent, IVisibleToUsers;
