using OpsPlatform.Shared.Kernel.Bus;

namespace OpsPlatform.Modules.ItAssets.Contracts;

/// <summary>Hardware came back from its holder (a user or a location); the assignment is closed.</summary>
[IntegrationEvent("it-assets.hardware-checked-in", 1)]
public sealed record HardwareCheckedIn(
    Guid EventId,
    DateTimeOffset OccurredAt,
    Guid AssignmentId,
    Guid HardwareId,
    string AssetTag,
    Guid? AssignedTo,
    string? Location,
    Guid CheckedInBy,
    IReadOnlyList<Guid> VisibleToUserIds) : IIntegrationEvent, IVisibleToUsers;
