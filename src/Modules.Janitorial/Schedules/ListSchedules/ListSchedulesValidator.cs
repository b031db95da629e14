using FluentValidation;
using OpsPlatform.Shared.Kernel.Http;

namespace OpsPlatform.Modules.Janitorial.Schedules.ListSchedules;

internal sealed class ListSchedulesValidator : PagedQueryValidator<ListSchedulesQuery, CleaningSchedule>
{
    public ListSchedulesValidator() : base(ScheduleSortFields.All)
    {
        RuleFor(q => q.To).GreaterThanOrEqualTo(q => q.From).When(q => q.From is not null && q.To is not null)
            .WithMessage("'to' must not be before 'from'.");
    }
}
