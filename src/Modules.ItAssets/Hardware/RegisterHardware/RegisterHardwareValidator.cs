using FluentValidation;

namespace OpsPlatform.Modules.ItAssets.Hardware.RegisterHardware;

internal sealed class RegisterHardwareValidator : AbstractValidator<RegisterHardwareCommand>
{
    public RegisterHardwareValidator() => this.HardwareInputRulesFor();
}
