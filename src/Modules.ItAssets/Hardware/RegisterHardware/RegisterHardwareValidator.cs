using FluentValidation;

namespace OpsPlatform.Modules.ItAssets.Hardware.RegisterHardware;

internal sealed class RegisterHardwareValidator : AbstractValidator<RegisterHardwareCommand>
{
    public RegisterHardwareValidator()
    {
        RuleFor(c => c.AssetTag).NotEmpty().MaximumLength(40)
            .Matches("^[A-Za-z0-9-]+$").WithMessage("'assetTag' may hold only letters, digits and '-'.");
        RuleFor(c => c.Name).NotEmpty().MaximumLength(200);
        RuleFor(c => c.Category).NotNull();
        RuleFor(c => c.SerialNumber).MaximumLength(100);
        RuleFor(c => c.AssignedTo).NotEqual(Guid.Empty).WithMessage("'assignedTo' must be a user id.");
        RuleFor(c => c.PurchaseCost).GreaterThanOrEqualTo(0).PrecisionScale(12, 2, ignoreTrailingZeros: true);
    }
}
