using OpsPlatform.Shared.Kernel.Bus;

namespace OpsPlatform.Modules.ItAssets.Contracts;

/// <summary>
/// IT staff asked for a repair of a hardware asset: Maintenance raises one work order with source "it_asset" and
/// reference <see cref="MaintenanceRecordId"/>; its completion closes the record. IT staff see it.
/// </summary>
[IntegrationEvent("it-assets.repair-requested", 1)]
public sealed record ItAssetRepairRequested(
    Guid EventId,
    DateTimeOffset OccurredAt,
    Guid MaintenanceRecordId,
    Guid HardwareId,
    string AssetTag,
    string HardwareName,
    string Details,
    Guid RequestedBy,
    IReadOnlyList<Guid> VisibleToUserIds) : IIntegrationEvent, IVisibleToUsers;
