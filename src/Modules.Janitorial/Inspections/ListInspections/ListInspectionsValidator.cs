using FluentValidation;
using OpsPlatform.Shared.Kernel.Http;

namespace OpsPlatform.Modules.Janitorial.Inspections.ListInspections;

internal sealed class ListInspectionsValidator : PagedQueryValidator<ListInspectionsQuery, SiteInspection>
{
    public ListInspectionsValidator() : base(InspectionSortFields.All)
    {
        RuleFor(q => q.ScoreBelow).InclusiveBetween(0, 101);
        RuleFor(q => q.To).GreaterThanOrEqualTo(q => q.From).When(q => q.From is not null && q.To is not null)
            .WithMessage("'to' must not be before 'from'.");
    }
}
