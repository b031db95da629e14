using FluentValidation;

namespace OpsPlatform.Modules.Janitorial.Schedules.ChangeScheduleStatus;

internal sealed class ChangeScheduleStatusValidator : AbstractValidator<ChangeScheduleStatusCommand>
{
    public ChangeScheduleStatusValidator()
    {
        RuleFor(c => c.Status).NotNull()
            .NotEqual(ScheduleStatus.Missed).WithMessage("'missed' is set by the system when an occurrence was not started by its end time.");
    }
}
