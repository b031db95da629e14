using FluentValidation;
using OpsPlatform.Shared.Kernel.Http;

namespace OpsPlatform.Host.Api.Auth.People;

internal sealed class ListPeopleValidator : AbstractValidator<ListPeopleRequest>
{
    public ListPeopleValidator()
    {
        RuleFor(q => q.Page).GreaterThanOrEqualTo(1).WithMessage("'page' starts at 1.");
        RuleFor(q => q.PageSize).InclusiveBetween(1, Paging.MaxPageSize).WithMessage($"'pageSize' must be between 1 and {Paging.MaxPageSize}.");
        RuleFor(q => q.Search).MaximumLength(100);
    }
}
