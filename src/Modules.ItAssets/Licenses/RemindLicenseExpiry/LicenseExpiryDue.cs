using OpsPlatform.Shared.Kernel.Bus;

namespace OpsPlatform.Modules.ItAssets.Licenses.RemindLicenseExpiry;

/// <summary>A license's reminder <see cref="DaysBefore"/> its expiry is due: a durable scheduled message this module sends itself.</summary>
[IntegrationEvent("it-assets.license-expiry-due", 1)]
public sealed record LicenseExpiryDue(Guid EventId, DateTimeOffset OccurredAt, Guid LicenseId, DateOnly ExpiresOn, int DaysBefore) : IIntegrationEvent;
