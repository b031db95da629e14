using OpsPlatform.Shared.Kernel.Bus;

namespace OpsPlatform.Modules.ItAssets.Contracts;

/// <summary>A license expires on <see cref="ExpiresOn"/>, <see cref="DaysBefore"/> days from the reminder's due time (sent once per threshold). IT staff see it.</summary>
[IntegrationEvent("it-assets.license-expiring", 1)]
public sealed record LicenseExpiring(
    Guid EventId,
    DateTimeOffset OccurredAt,
    Guid LicenseId,
    string ProductName,
    string? Vendor,
    DateOnly ExpiresOn,
    int DaysBefore,
    string Model,
    int? SeatsOwned,
    int SeatsUsed,
    IReadOnlyList<Guid> VisibleToUserIds) : IIntegrationEvent, IVisibleToUsers;
