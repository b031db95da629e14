namespace OpsPlatform.Modules.ItAssets.Licenses;

/// <summary>A license as the API shows it: whether it has a product key, never the key (that takes an explicit, recorded reveal).</summary>
internal sealed record LicenseDetails(
    Guid Id,
    string ProductName,
    string? Vendor,
    LicenseModel Model,
    BillingPeriod? BillingPeriod,
    int? SeatsOwned,
    int SeatsUsed,
    int? SeatsAvailable,
    decimal? CostPerSeat,
    DateOnly? PurchasedOn,
    DateOnly? ExpiresOn,
    string? Notes,
    bool HasProductKey,
    int Version,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt)
{
    public static LicenseDetails From(SoftwareLicense l) => new(
        l.Id, l.ProductName, l.Vendor, l.Model, l.BillingPeriod, l.SeatsOwned, l.SeatsUsed, l.SeatsOwned - l.SeatsUsed, l.CostPerSeat,
        l.PurchasedOn, l.ExpiresOn, l.Notes, l.ProductKeyCipher is not null, l.Version, l.CreatedAt, l.UpdatedAt);
}
