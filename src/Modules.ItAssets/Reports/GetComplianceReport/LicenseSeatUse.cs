namespace OpsPlatform.Modules.ItAssets.Reports.GetComplianceReport;

internal sealed record LicenseSeatUse(Guid LicenseId, string ProductName, string? Vendor, int? SeatsOwned, int SeatsUsed, DateOnly? ExpiresOn);
