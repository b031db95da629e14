using FluentValidation;

namespace OpsPlatform.Modules.Maintenance.Reports.GetCompletionTimesReport;

internal sealed class GetCompletionTimesReportValidator : AbstractValidator<GetCompletionTimesReportQuery>
{
    public GetCompletionTimesReportValidator() =>
        RuleFor(q => q.To).GreaterThan(q => q.From).When(q => q.From is not null && q.To is not null).WithMessage("'to' must be after 'from'.");
}
