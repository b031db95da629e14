namespace OpsPlatform.Modules.ItAssets.Licenses;

/// <summary>The fields creation and update share, validated and applied the same way.</summary>
internal interface ILicenseInput
{
    string ProductName { get; }
    string? Vendor { get; }
    string? ProductKey { get; }
    LicenseModel? Model { get; }
    BillingPeriod? BillingPeriod { get; }
    int? SeatsOwned { get; }
    decimal? CostPerSeat { get; }
    DateOnly? PurchasedOn { get; }
    DateOnly? ExpiresOn { get; }
    string? Notes { get; }
}
