using System.Text.Json.Serialization;
using OpsPlatform.Shared.Kernel.Cqrs;

namespace OpsPlatform.Modules.ItAssets.Licenses.UpdateLicense;

/// <summary>Replaces the license's fields; a missing <see cref="ProductKey"/> keeps the stored one. <see cref="Version"/> is the version read.</summary>
internal sealed record UpdateLicenseCommand(
    string ProductName,
    string? Vendor,
    string? ProductKey,
    LicenseModel? Model,
    BillingPeriod? BillingPeriod,
    int? SeatsOwned,
    decimal? CostPerSeat,
    DateOnly? PurchasedOn,
    DateOnly? ExpiresOn,
    string? Notes,
    int? Version) : ICommand<LicenseDetails>, ILicenseInput
{
    [JsonIgnore] public Guid Id { get; init; }
}
