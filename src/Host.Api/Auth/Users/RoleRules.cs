using FluentValidation;
using OpsPlatform.Identity.Contracts;

namespace OpsPlatform.Host.Api.Auth.Users;

/// <summary>The roles an admin gives: at least one, each a platform role.</summary>
internal static class RoleRules
{
    public static void RolesRule<T>(this AbstractValidator<T> validator, System.Linq.Expressions.Expression<Func<T, IEnumerable<string>>> roles)
    {
        validator.RuleFor(roles).NotEmpty().WithMessage("'roles' needs at least one role.");
        validator.RuleForEach<string>(roles).Must(Roles.All.Contains).WithMessage((_, role) => $"'{role}' is not a role. Roles: {string.Join(", ", Roles.All)}.");
    }
}
