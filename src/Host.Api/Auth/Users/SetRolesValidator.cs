using FluentValidation;

namespace OpsPlatform.Host.Api.Auth.Users;

internal sealed class SetRolesValidator : AbstractValidator<SetRolesRequest>
{
    public SetRolesValidator() => this.RolesRule(r => r.Roles);
}
