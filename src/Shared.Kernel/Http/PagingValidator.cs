using FluentValidation;

namespace OpsPlatform.Shared.Kernel.Http;

/// <summary>The page rules every list shares; <see cref="PagedQueryValidator{TQuery,TEntity}"/> adds the sort allow-list.</summary>
public abstract class PagingValidator<TQuery> : AbstractValidator<TQuery> where TQuery : IPagedQuery
{
    protected PagingValidator()
    {
        RuleFor(q => q.Page).GreaterThanOrEqualTo(1).WithMessage("'page' starts at 1.");
        RuleFor(q => q.PageSize).InclusiveBetween(1, Paging.MaxPageSize)
            .WithMessage($"'pageSize' must be between 1 and {Paging.MaxPageSize}.");
    }
}
