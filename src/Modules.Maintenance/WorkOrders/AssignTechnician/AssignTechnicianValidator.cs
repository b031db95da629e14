using FluentValidation;

namespace OpsPlatform.Modules.Maintenance.WorkOrders.AssignTechnician;

internal sealed class AssignTechnicianValidator : AbstractValidator<AssignTechnicianCommand>
{
    public AssignTechnicianValidator() => RuleFor(c => c.TechnicianId).NotNull().WithMessage("'technicianId' is required.");
}
