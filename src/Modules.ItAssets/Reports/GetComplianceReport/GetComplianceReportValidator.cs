using FluentValidation;

namespace OpsPlatform.Modules.ItAssets.Reports.GetComplianceReport;

internal sealed class GetComplianceReportValidator : AbstractValidator<GetComplianceReportQuery>
{
    public GetComplianceReportValidator() => RuleFor(q => q.WithinDays).InclusiveBetween(0, 366);
}
