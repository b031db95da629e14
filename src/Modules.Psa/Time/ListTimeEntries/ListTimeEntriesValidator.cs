using FluentValidation;
using OpsPlatform.Shared.Kernel.Http;

namespace OpsPlatform.Modules.Psa.Time.ListTimeEntries;

internal sealed class ListTimeEntriesValidator : PagedQueryValidator<ListTimeEntriesQuery, TimeEntry>
{
    public ListTimeEntriesValidator() : base(TimeEntrySortFields.All)
    {
        RuleFor(q => q.WeekStart).Must(d => d is null || Weeks.IsStart(d.Value)).WithMessage("'weekStart' must be a Monday.");
        RuleFor(q => q.To).GreaterThanOrEqualTo(q => q.From).When(q => q.From is not null && q.To is not null).WithMessage("'to' is before 'from'.");
    }
}
