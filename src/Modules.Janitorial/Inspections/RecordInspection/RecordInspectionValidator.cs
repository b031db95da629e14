using FluentValidation;

namespace OpsPlatform.Modules.Janitorial.Inspections.RecordInspection;

internal sealed class RecordInspectionValidator : InspectionFieldsValidator<RecordInspectionCommand>
{
    public RecordInspectionValidator()
    {
        RuleFor(c => c.SiteId).NotNull().NotEqual(Guid.Empty);
    }
}
