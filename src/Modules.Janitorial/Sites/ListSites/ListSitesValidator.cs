using FluentValidation;
using OpsPlatform.Shared.Kernel.Http;

namespace OpsPlatform.Modules.Janitorial.Sites.ListSites;

internal sealed class ListSitesValidator : PagedQueryValidator<ListSitesQuery, ClientSite>
{
    public ListSitesValidator() : base(SiteSortFields.All)
    {
        RuleFor(q => q.ClientName).MaximumLength(200);
    }
}
