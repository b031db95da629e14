using FluentValidation;

namespace OpsPlatform.Modules.Janitorial.Sites.GetSiteScorecard;

internal sealed class GetSiteScorecardValidator : AbstractValidator<GetSiteScorecardQuery>
{
    public const int MaxDays = 5 * 366;

    public GetSiteScorecardValidator()
    {
        RuleFor(q => q.To).GreaterThanOrEqualTo(q => q.From).When(q => q.From is not null && q.To is not null)
            .WithMessage("'to' must not be before 'from'.");
        RuleFor(q => q.To).Must((q, to) => to!.Value.DayNumber - q.From!.Value.DayNumber <= MaxDays).When(q => q.From is not null && q.To is not null)
            .WithMessage($"A scorecard covers at most {MaxDays} days.");
    }
}
