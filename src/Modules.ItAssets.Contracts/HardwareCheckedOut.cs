using OpsPlatform.Shared.Kernel.Bus;

namespace OpsPlatform.Modules.ItAssets.Contracts;

/// <summary>Hardware was checked out to a user (<see cref="AssignedTo"/>) or a location. The holder sees it besides IT staff.</summary>
[IntegrationEvent("it-assets.hardware-checked-out", 1)]
public sealed record HardwareCheckedOut(
    Guid EventId,
    DateTimeOffset OccurredAt,
    Guid AssignmentId,
    Guid HardwareId,
    string AssetTag,
    Guid? AssignedTo,
    string? Location,
    DateOnly? ExpectedReturnOn,
    Guid CheckedOutBy,
    IReadOnlyList<Guid> VisibleToUserIds) : IIntegrationEvent, IVisibleToUsers;
