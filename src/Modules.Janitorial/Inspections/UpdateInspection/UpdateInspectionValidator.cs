using FluentValidation;

namespace OpsPlatform.Modules.Janitorial.Inspections.UpdateInspection;

internal sealed class UpdateInspectionValidator : InspectionFieldsValidator<UpdateInspectionCommand>
{
    public UpdateInspectionValidator()
    {
        RuleFor(c => c.Version).NotNull().WithMessage("'version' is required: send the version you read, so a concurrent change is not overwritten.");
    }
}
