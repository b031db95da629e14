using FluentValidation;

namespace OpsPlatform.Modules.Psa.Time;

internal abstract class TimeEntryFieldsValidator<T> : AbstractValidator<T> where T : ITimeEntryFields
{
    protected TimeEntryFieldsValidator()
    {
        RuleFor(c => c.Date).NotNull().WithMessage("'date' is required.");
        RuleFor(c => c.Minutes).NotNull().InclusiveBetween(1, TimeEntry.MaxMinutesPerDay)
            .WithMessage($"'minutes' must be between 1 and {TimeEntry.MaxMinutesPerDay}.");
        RuleFor(c => c.Note).MaximumLength(2000);
        RuleFor(c => c.TaskId).NotEqual(Guid.Empty).WithMessage("'taskId' must be a task id.");
    }
}
