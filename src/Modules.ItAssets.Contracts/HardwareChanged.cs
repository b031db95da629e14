using OpsPlatform.Shared.Kernel.Bus;

namespace OpsPlatform.Modules.ItAssets.Contracts;

/// <summary>
/// A hardware asset changed outside a check-out or check-in: <see cref="Change"/> is <c>details</c>, <c>stage</c>,
/// <c>status</c> or <c>deleted</c> (a record registered by mistake); <see cref="Stage"/> and <see cref="Status"/> are
/// the asset's after it. Its holder sees it too.
/// </summary>
[IntegrationEvent("it-assets.hardware-changed", 1)]
public sealed record HardwareChanged(
    Guid EventId,
    DateTimeOffset OccurredAt,
    Guid HardwareId,
    string AssetTag,
    string Change,
    string Stage,
    string Status,
    Guid ChangedBy,
    IReadOnlyList<Guid> VisibleToUserIds) : IIntegrationEvent, IVisibleToUsers;
