using FluentValidation;

namespace OpsPlatform.Modules.Psa.Time.GetUtilization;

internal sealed class GetUtilizationValidator : AbstractValidator<GetUtilizationQuery>
{
    public const int MaxWeeks = 12;

    public GetUtilizationValidator()
    {
        RuleFor(q => q.From).NotNull().Must(d => d is { } day && Time.Weeks.IsStart(day)).WithMessage("'from' must be a Monday.");
        RuleFor(q => q.Weeks).InclusiveBetween(1, MaxWeeks).WithMessage($"'weeks' must be between 1 and {MaxWeeks}.");
    }
}
