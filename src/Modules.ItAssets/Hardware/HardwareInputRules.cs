using FluentValidation;

namespace OpsPlatform.Modules.ItAssets.Hardware;

internal static class HardwareInputRules
{
    public static void HardwareInputRulesFor<T>(this AbstractValidator<T> v) where T : IHardwareInput
    {
        v.RuleFor(c => c.AssetTag).NotEmpty().MaximumLength(40)
            .Matches("^[A-Za-z0-9-]+$").WithMessage("'assetTag' may hold only letters, digits and '-'.");
        v.RuleFor(c => c.Name).NotEmpty().MaximumLength(200);
        v.RuleFor(c => c.Model).MaximumLength(200);
        v.RuleFor(c => c.Manufacturer).MaximumLength(200);
        v.RuleFor(c => c.Category).NotNull();
        v.RuleFor(c => c.SerialNumber).MaximumLength(100);
        v.RuleFor(c => c.Location).MaximumLength(200);
        v.RuleFor(c => c.PurchaseCost).GreaterThanOrEqualTo(0).PrecisionScale(12, 2, ignoreTrailingZeros: true);
        v.RuleFor(c => c.Supplier).MaximumLength(200);
        v.RuleFor(c => c.Notes).MaximumLength(4000);
    }

    public static HardwareFields ToFields(this IHardwareInput c) => new(
        c.AssetTag, c.Name, c.Model, c.Manufacturer, c.Category!.Value, c.SerialNumber, c.Location, c.PurchasedOn, c.PurchaseCost,
        c.Supplier, c.WarrantyEndsOn, c.Notes);
}
