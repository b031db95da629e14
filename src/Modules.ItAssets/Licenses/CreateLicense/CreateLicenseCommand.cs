using OpsPlatform.Shared.Kernel.Cqrs;

namespace OpsPlatform.Modules.ItAssets.Licenses.CreateLicense;

/// <summary>A new license. <see cref="ProductKey"/> is encrypted before it is stored and never answered back.</summary>
internal sealed record CreateLicenseCommand(
    string ProductName,
    string? Vendor,
    string? ProductKey,
    LicenseModel? Model,
    BillingPeriod? BillingPeriod,
    int? SeatsOwned,
    decimal? CostPerSeat,
    DateOnly? PurchasedOn,
    DateOnly? ExpiresOn,
    string? Notes) : ICommand<LicenseDetails>, ILicenseInput;
