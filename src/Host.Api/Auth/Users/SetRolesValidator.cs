using FluentValidation;
using OpsPlatform.Identity.Contracts;

namespace OpsPlatform.Host.Api.Auth.Users;

internal sealed class SetRolesValidator : AbstractValidator<SetRolesRequest>
{
    public SetRolesValidator()
    {
        RuleFor(r => r.Roles).NotEmpty().WithMessage("'roles' needs at least one role.");
        RuleForEach(r => r.Roles).Must(Roles.All.Contains).WithMessage((_, role) => $"'{role}' is not a role. Roles: {string.Join(", ", Roles.All)}.");
    }
}
