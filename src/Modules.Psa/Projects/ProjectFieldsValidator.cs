using FluentValidation;

namespace OpsPlatform.Modules.Psa.Projects;

internal abstract class ProjectFieldsValidator<T> : AbstractValidator<T> where T : IProjectFields
{
    protected ProjectFieldsValidator()
    {
        RuleFor(c => c.Name).NotEmpty().MaximumLength(200);
        RuleFor(c => c.ClientName).NotEmpty().MaximumLength(200);
        RuleFor(c => c.Description).MaximumLength(4000);
        RuleFor(c => c.BudgetHours).InclusiveBetween(0, 1_000_000);
        RuleFor(c => c.BudgetAmount).InclusiveBetween(0, 1_000_000_000);
        RuleFor(c => c.HourlyRate).InclusiveBetween(0, 100_000);
    }
}
