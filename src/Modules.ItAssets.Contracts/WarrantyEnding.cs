using OpsPlatform.Shared.Kernel.Bus;

namespace OpsPlatform.Modules.ItAssets.Contracts;

/// <summary>A hardware asset's warranty ends on <see cref="WarrantyEndsOn"/>, <see cref="DaysBefore"/> days from the reminder (sent once per threshold). IT staff see it.</summary>
[IntegrationEvent("it-assets.warranty-ending", 1)]
public sealed record WarrantyEnding(
    Guid EventId,
    DateTimeOffset OccurredAt,
    Guid HardwareId,
    string AssetTag,
    string Name,
    DateOnly WarrantyEndsOn,
    int DaysBefore,
    Guid? AssignedTo,
    IReadOnlyList<Guid> VisibleToUserIds) : IIntegrationEvent, IVisibleToUsers;
