using FluentValidation;

namespace OpsPlatform.Modules.Maintenance.Equipment.UpdateEquipment;

internal sealed class UpdateEquipmentValidator : AbstractValidator<UpdateEquipmentCommand>
{
    public UpdateEquipmentValidator()
    {
        RuleFor(c => c.Name).NotEmpty().MaximumLength(200);
        RuleFor(c => c.Type).NotEmpty().MaximumLength(100);
        RuleFor(c => c.SerialNumber).NotEmpty().MaximumLength(100);
        RuleFor(c => c.Location).NotEmpty().MaximumLength(200);
        RuleFor(c => c.Status).NotNull();
        RuleFor(c => c.Version).NotNull().WithMessage("'version' is required: send the version you read, so a concurrent change is not overwritten.");
    }
}
