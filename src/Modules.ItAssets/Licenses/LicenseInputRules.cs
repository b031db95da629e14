using FluentValidation;

namespace OpsPlatform.Modules.ItAssets.Licenses;

internal static class LicenseInputRules
{
    public static void LicenseInputRulesFor<T>(this AbstractValidator<T> v) where T : ILicenseInput
    {
        v.RuleFor(c => c.ProductName).NotEmpty().MaximumLength(200);
        v.RuleFor(c => c.Vendor).MaximumLength(200);
        v.RuleFor(c => c.ProductKey).MaximumLength(500);
        v.RuleFor(c => c.Model).NotNull();
        v.RuleFor(c => c.SeatsOwned).InclusiveBetween(1, 1_000_000);
        v.RuleFor(c => c.CostPerSeat).GreaterThanOrEqualTo(0).PrecisionScale(12, 2, ignoreTrailingZeros: true);
        v.RuleFor(c => c.Notes).MaximumLength(4000);
    }

    public static LicenseFields ToFields(this ILicenseInput c) => new(
        c.ProductName, c.Vendor, c.Model!.Value, c.BillingPeriod, c.SeatsOwned, c.CostPerSeat, c.PurchasedOn, c.ExpiresOn, c.Notes);
}
