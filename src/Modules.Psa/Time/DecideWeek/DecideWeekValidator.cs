using FluentValidation;

namespace OpsPlatform.Modules.Psa.Time.DecideWeek;

internal sealed class DecideWeekValidator : AbstractValidator<DecideWeekCommand>
{
    public DecideWeekValidator()
    {
        RuleFor(c => c.UserId).NotNull().NotEqual(Guid.Empty).WithMessage("'userId' is required.");
        RuleFor(c => c.WeekStart).IsWeekStart();
        RuleFor(c => c.Reason).NotEmpty().When(c => !c.Approve).WithMessage("Rejecting a week needs a 'reason'.");
        RuleFor(c => c.Reason).MaximumLength(1000);
    }
}
