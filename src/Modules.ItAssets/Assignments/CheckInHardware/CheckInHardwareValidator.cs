using FluentValidation;

namespace OpsPlatform.Modules.ItAssets.Assignments.CheckInHardware;

internal sealed class CheckInHardwareValidator : AbstractValidator<CheckInHardwareCommand>
{
    public CheckInHardwareValidator() => RuleFor(c => c.Note).MaximumLength(1000);
}
