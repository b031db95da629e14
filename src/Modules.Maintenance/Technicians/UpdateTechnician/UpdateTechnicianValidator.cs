using FluentValidation;

namespace OpsPlatform.Modules.Maintenance.Technicians.UpdateTechnician;

internal sealed class UpdateTechnicianValidator : AbstractValidator<UpdateTechnicianCommand>
{
    public UpdateTechnicianValidator()
    {
        this.TechnicianShape(c => c.Name, c => c.Skills!, c => c.WeeklyAvailability!, c => c.Unavailability!);
        RuleFor(c => c.Active).NotNull().WithMessage("'active' is required.");
        RuleFor(c => c.Version).NotNull().WithMessage("'version' is required: send the version you read, so a concurrent change is not overwritten.");
    }
}
