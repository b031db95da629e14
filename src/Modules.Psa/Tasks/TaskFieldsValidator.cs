using FluentValidation;

namespace OpsPlatform.Modules.Psa.Tasks;

internal abstract class TaskFieldsValidator<T> : AbstractValidator<T> where T : ITaskFields
{
    protected TaskFieldsValidator()
    {
        RuleFor(c => c.Title).NotEmpty().MaximumLength(200);
        RuleFor(c => c.Description).MaximumLength(4000);
        RuleFor(c => c.AssigneeId).NotEqual(Guid.Empty).WithMessage("'assigneeId' must be a user id.");
        RuleFor(c => c.EstimateHours).InclusiveBetween(0, 10_000);
    }
}
