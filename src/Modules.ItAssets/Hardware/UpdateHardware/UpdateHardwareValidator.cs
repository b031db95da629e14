using FluentValidation;

namespace OpsPlatform.Modules.ItAssets.Hardware.UpdateHardware;

internal sealed class UpdateHardwareValidator : AbstractValidator<UpdateHardwareCommand>
{
    public UpdateHardwareValidator()
    {
        this.HardwareInputRulesFor();
        RuleFor(c => c.Version).NotNull().WithMessage("'version' is required: send the version you read, so a concurrent change is not overwritten.");
    }
}
