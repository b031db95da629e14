using FluentValidation;

namespace OpsPlatform.Modules.Maintenance.PreventivePlans.CreatePreventivePlan;

internal sealed class CreatePreventivePlanValidator : AbstractValidator<CreatePreventivePlanCommand>
{
    public CreatePreventivePlanValidator()
    {
        RuleFor(c => c.EquipmentId).NotNull().WithMessage("'equipmentId' is required.");
        this.PlanShape(c => c.Title, c => c.Description, c => c.Priority, c => c.IntervalCount, c => c.IntervalUnit, c => c.Mode,
            c => c.LeadTimeDays, c => c.FirstDueAt, c => c.RequiredSkills!);
    }
}
