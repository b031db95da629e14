using FluentValidation;
using OpsPlatform.Shared.Kernel.Http;

namespace OpsPlatform.Modules.Psa.Projects.ListProjects;

internal sealed class ListProjectsValidator : PagedQueryValidator<ListProjectsQuery, Project>
{
    public ListProjectsValidator() : base(ProjectSortFields.All)
    {
        RuleFor(q => q.ClientName).MaximumLength(200);
    }
}
