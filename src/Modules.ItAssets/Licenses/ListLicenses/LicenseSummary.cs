namespace OpsPlatform.Modules.ItAssets.Licenses.ListLicenses;

internal sealed record LicenseSummary(Guid Id, string ProductName, string? Vendor, LicenseModel Model, int? SeatsOwned, int SeatsUsed, DateOnly? ExpiresOn);
