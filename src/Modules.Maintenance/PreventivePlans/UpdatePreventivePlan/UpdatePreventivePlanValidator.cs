using FluentValidation;

namespace OpsPlatform.Modules.Maintenance.PreventivePlans.UpdatePreventivePlan;

internal sealed class UpdatePreventivePlanValidator : AbstractValidator<UpdatePreventivePlanCommand>
{
    public UpdatePreventivePlanValidator()
    {
        this.PlanShape(c => c.Title, c => c.Description, c => c.Priority, c => c.IntervalCount, c => c.IntervalUnit, c => c.Mode,
            c => c.LeadTimeDays, c => c.FirstDueAt, c => c.RequiredSkills!);
        RuleFor(c => c.Active).NotNull().WithMessage("'active' is required.");
        RuleFor(c => c.Version).NotNull().WithMessage("'version' is required: send the version you read, so a concurrent change is not overwritten.");
    }
}
