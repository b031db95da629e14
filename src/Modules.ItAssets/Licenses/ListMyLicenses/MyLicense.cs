namespace OpsPlatform.Modules.ItAssets.Licenses.ListMyLicenses;

/// <summary>A seat the signed-in user holds, with its license's name and expiry (never its key).</summary>
internal sealed record MyLicense(Guid SeatId, Guid LicenseId, string ProductName, string? Vendor, DateOnly? ExpiresOn, DateTimeOffset AssignedAt);
