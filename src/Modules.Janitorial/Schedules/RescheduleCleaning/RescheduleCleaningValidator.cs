using FluentValidation;

namespace OpsPlatform.Modules.Janitorial.Schedules.RescheduleCleaning;

internal sealed class RescheduleCleaningValidator : AbstractValidator<RescheduleCleaningCommand>
{
    public RescheduleCleaningValidator()
    {
        RuleFor(c => c.AssignedTo).NotNull().NotEqual(Guid.Empty);
        RuleFor(c => c.ServiceDate).NotNull();
        RuleFor(c => c.StartTime).NotNull();
        RuleFor(c => c.EndTime).NotNull()
            .GreaterThan(c => c.StartTime).When(c => c.StartTime is not null, ApplyConditionTo.CurrentValidator).WithMessage("'endTime' must be after 'startTime' (same day).");
        RuleFor(c => c.Notes).MaximumLength(2000);
        RuleFor(c => c.Version).NotNull().WithMessage("'version' is required: send the version you read, so a concurrent change is not overwritten.");
    }
}
