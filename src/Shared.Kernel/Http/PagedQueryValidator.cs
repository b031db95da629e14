using FluentValidation;
using OpsPlatform.Shared.Kernel.Domain;

namespace OpsPlatform.Shared.Kernel.Http;

/// <summary>Paging and sort rules shared by every list query; a list's own validator adds its filters.</summary>
public abstract class PagedQueryValidator<TQuery, TEntity> : PagingValidator<TQuery>
    where TQuery : IPagedQuery
    where TEntity : AggregateRoot
{
    protected PagedQueryValidator(SortFields<TEntity> sortFields)
    {
        RuleFor(q => q.Sort).Must(s => sortFields.Problem(s) is null)
            .WithMessage(q => sortFields.Problem(q.Sort)!);
    }
}
