namespace OpsPlatform.Modules.ItAssets.Licenses;

/// <summary>What a person fills in about a license (creation and update alike); the product key travels separately, encrypted.</summary>
internal sealed record LicenseFields(
    string ProductName,
    string? Vendor,
    LicenseModel Model,
    BillingPeriod? BillingPeriod,
    int? SeatsOwned,
    decimal? CostPerSeat,
    DateOnly? PurchasedOn,
    DateOnly? ExpiresOn,
    string? Notes);
