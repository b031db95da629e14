using FluentValidation;

namespace OpsPlatform.Modules.Janitorial.Schedules.PlanCleaning;

internal sealed class PlanCleaningValidator : AbstractValidator<PlanCleaningCommand>
{
    public PlanCleaningValidator()
    {
        RuleFor(c => c.SiteId).NotNull().NotEqual(Guid.Empty);
        RuleFor(c => c.AssignedTo).NotNull().NotEqual(Guid.Empty);
        RuleFor(c => c.ServiceDate).NotNull();
        RuleFor(c => c.StartTime).NotNull();
        RuleFor(c => c.EndTime).NotNull()
            .GreaterThan(c => c.StartTime).When(c => c.StartTime is not null, ApplyConditionTo.CurrentValidator).WithMessage("'endTime' must be after 'startTime' (same day).");
        RuleFor(c => c.Frequency).NotNull();
        RuleFor(c => c.Notes).MaximumLength(2000);
    }
}
