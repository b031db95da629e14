using OpsPlatform.Shared.Kernel.Bus;

namespace OpsPlatform.Modules.ItAssets.Contracts;

/// <summary>A seat of a license was assigned for a user or a device; the seat counts are the license's after the change.</summary>
[IntegrationEvent("it-assets.license-seat-assigned", 1)]
public sealed record LicenseSeatAssigned(
    Guid EventId,
    DateTimeOffset OccurredAt,
    Guid SeatId,
    Guid LicenseId,
    string ProductName,
    Guid? UserId,
    Guid? HardwareId,
    int? SeatsOwned,
    int SeatsUsed,
    IReadOnlyList<Guid> VisibleToUserIds) : IIntegrationEvent, IVisibleToUsers;
