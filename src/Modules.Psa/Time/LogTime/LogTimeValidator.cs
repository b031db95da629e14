using FluentValidation;

namespace OpsPlatform.Modules.Psa.Time.LogTime;

internal sealed class LogTimeValidator : TimeEntryFieldsValidator<LogTimeCommand>
{
    public LogTimeValidator() => RuleFor(c => c.ProjectId).NotNull().NotEqual(Guid.Empty).WithMessage("'projectId' is required.");
}
