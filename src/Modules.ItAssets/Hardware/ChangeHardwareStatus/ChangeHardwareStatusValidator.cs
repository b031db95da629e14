using FluentValidation;

namespace OpsPlatform.Modules.ItAssets.Hardware.ChangeHardwareStatus;

internal sealed class ChangeHardwareStatusValidator : AbstractValidator<ChangeHardwareStatusCommand>
{
    public ChangeHardwareStatusValidator()
    {
        RuleFor(c => c.Status).NotNull();
        RuleFor(c => c.Note).MaximumLength(1000);
    }
}
