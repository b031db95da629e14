using FluentValidation;
using OpsPlatform.Shared.Kernel.Http;
using OpsPlatform.Identity.Contracts;

namespace OpsPlatform.Host.Api.Auth.Users;

internal sealed class ListUsersValidator : AbstractValidator<ListUsersRequest>
{
    public ListUsersValidator()
    {
        RuleFor(q => q.Page).GreaterThanOrEqualTo(1).WithMessage("'page' starts at 1.");
        RuleFor(q => q.PageSize).InclusiveBetween(1, Paging.MaxPageSize).WithMessage($"'pageSize' must be between 1 and {Paging.MaxPageSize}.");
        RuleFor(q => q.Role).Must(r => r is null || Roles.All.Contains(r)).WithMessage($"'role' must be one of: {string.Join(", ", Roles.All)}.");
        RuleFor(q => q.Search).MaximumLength(100);
    }
}
