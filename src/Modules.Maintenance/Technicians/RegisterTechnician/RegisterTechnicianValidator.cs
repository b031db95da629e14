using FluentValidation;

namespace OpsPlatform.Modules.Maintenance.Technicians.RegisterTechnician;

internal sealed class RegisterTechnicianValidator : AbstractValidator<RegisterTechnicianCommand>
{
    public RegisterTechnicianValidator() =>
        this.TechnicianShape(c => c.Name, c => c.Skills!, c => c.WeeklyAvailability!, c => c.Unavailability!);
}
