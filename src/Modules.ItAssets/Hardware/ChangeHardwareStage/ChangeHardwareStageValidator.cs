using FluentValidation;

namespace OpsPlatform.Modules.ItAssets.Hardware.ChangeHardwareStage;

internal sealed class ChangeHardwareStageValidator : AbstractValidator<ChangeHardwareStageCommand>
{
    public ChangeHardwareStageValidator()
    {
        RuleFor(c => c.Stage).NotNull();
        RuleFor(c => c.Note).MaximumLength(1000);
    }
}
