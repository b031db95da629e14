using FluentValidation;
using OpsPlatform.Shared.Kernel.Http;

namespace OpsPlatform.Modules.Maintenance.Schedules.ListScheduleEntries;

internal sealed class ListScheduleEntriesValidator : PagedQueryValidator<ListScheduleEntriesQuery, ScheduleEntry>
{
    public ListScheduleEntriesValidator() : base(ScheduleEntrySortFields.All) =>
        RuleFor(q => q.To).GreaterThan(q => q.From).When(q => q.From is not null && q.To is not null).WithMessage("'to' must be after 'from'.");
}
