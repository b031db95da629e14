using FluentValidation;

namespace OpsPlatform.Modules.Maintenance.Equipment.RegisterEquipment;

internal sealed class RegisterEquipmentValidator : AbstractValidator<RegisterEquipmentCommand>
{
    public RegisterEquipmentValidator()
    {
        RuleFor(c => c.Name).NotEmpty().MaximumLength(200);
        RuleFor(c => c.Type).NotEmpty().MaximumLength(100);
        RuleFor(c => c.SerialNumber).NotEmpty().MaximumLength(100);
        RuleFor(c => c.Location).NotEmpty().MaximumLength(200);
    }
}
