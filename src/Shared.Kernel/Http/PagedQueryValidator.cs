using FluentValidation;
using OpsPlatform.Shared.Kernel.Domain;

namespace OpsPlatform.Shared.Kernel.Http;

/// <summary>Paging and sort rules shared by every list query; a list's own validator adds its filters.</summary>
public abstract class PagedQueryValidator<TQuery, TEntity> : AbstractValidator<TQuery>
    where TQuery : IPagedQuery
    where TEntity : AggregateRoot
{
    protected PagedQueryValidator(SortFields<TEntity> sortFields)
    {
        RuleFor(q => q.Page).GreaterThanOrEqualTo(1).WithMessage("'page' starts at 1.");
        RuleFor(q => q.PageSize).InclusiveBetween(1, Paging.MaxPageSize)
            .WithMessage($"'pageSize' must be between 1 and {Paging.MaxPageSize}.");
        RuleFor(q => q.Sort).Must(s => sortFields.Problem(s) is null)
            .WithMessage(q => sortFields.Problem(q.Sort)!);
    }
}
