using FluentValidation;
using OpsPlatform.Shared.Kernel.Http;

namespace OpsPlatform.Modules.Psa.Tasks.ListTasks;

internal sealed class ListTasksValidator : PagedQueryValidator<ListTasksQuery, ProjectTask>
{
    public ListTasksValidator() : base(TaskSortFields.All)
    {
        RuleFor(q => q.AssigneeId).Null().When(q => q.Mine == true).WithMessage("Give either 'mine' or 'assigneeId', not both.");
    }
}
