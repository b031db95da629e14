namespace OpsPlatform.Admin.Modules.ItAssets.Api;

public enum LicenseModel { PerSeat, PerSite, Unlimited, Subscription }

public enum BillingPeriod { Monthly, Quarterly, Yearly }

public sealed record LicenseSummary(Guid Id, string ProductName, string? Vendor, LicenseModel Model, int? SeatsOwned, int SeatsUsed, DateOnly? ExpiresOn);

/// <summary>A license as the API shows it: whether it has a product key, never the key.</summary>
public sealed record LicenseDetails(
    Guid Id, string ProductName, string? Vendor, LicenseModel Model, BillingPeriod? BillingPeriod, int? SeatsOwned, int SeatsUsed, int? SeatsAvailable,
    decimal? CostPerSeat, DateOnly? PurchasedOn, DateOnly? ExpiresOn, string? Notes, bool HasProductKey, int Version, DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt);

public sealed record Seat(
    Guid Id, Guid LicenseId, Guid? UserId, Guid? HardwareId, DateTimeOffset AssignedAt, Guid AssignedBy, DateTimeOffset? ReleasedAt, Guid? ReleasedBy,
    bool IsActive);

/// <summary>One of the caller's own seats, with its license.</summary>
public sealed record MyLicense(Guid SeatId, Guid LicenseId, string ProductName, string? Vendor, DateOnly? ExpiresOn, DateTimeOffset AssignedAt);
