using FluentValidation;
using OpsPlatform.Shared.Kernel.Http;

namespace OpsPlatform.Modules.Maintenance.WorkOrders.ListWorkOrders;

internal sealed class ListWorkOrdersValidator : PagedQueryValidator<ListWorkOrdersQuery, WorkOrder>
{
    public ListWorkOrdersValidator() : base(WorkOrderSortFields.All)
    {
        RuleFor(q => q.Q).MaximumLength(200);
        RuleFor(q => q.DueAfter).LessThan(q => q.DueBefore).When(q => q.DueAfter is not null && q.DueBefore is not null)
            .WithMessage("'dueAfter' must be before 'dueBefore'.");
    }
}
