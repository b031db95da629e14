using FluentValidation;

namespace OpsPlatform.Modules.Psa.Time.SubmitWeek;

internal sealed class SubmitWeekValidator : AbstractValidator<SubmitWeekCommand>
{
    public SubmitWeekValidator() => RuleFor(c => c.WeekStart).IsWeekStart();
}
