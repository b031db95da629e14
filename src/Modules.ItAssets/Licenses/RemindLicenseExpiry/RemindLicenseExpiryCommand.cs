using OpsPlatform.Shared.Kernel.Cqrs;

namespace OpsPlatform.Modules.ItAssets.Licenses.RemindLicenseExpiry;

/// <summary>Sends the reminder <see cref="DaysBefore"/> the expiry <see cref="ExpiresOn"/>; answers false when it was stale or already sent.</summary>
internal sealed record RemindLicenseExpiryCommand(Guid LicenseId, DateOnly ExpiresOn, int DaysBefore) : ICommand<bool>;
