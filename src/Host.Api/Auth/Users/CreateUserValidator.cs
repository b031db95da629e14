using FluentValidation;
using OpsPlatform.Host.Api.Auth.SignUp;

namespace OpsPlatform.Host.Api.Auth.Users;

internal sealed class CreateUserValidator : AbstractValidator<CreateUserRequest>
{
    public CreateUserValidator()
    {
        this.AccountShape(r => r.Email, r => r.DisplayName, r => r.Password);
        this.RolesRule(r => r.Roles);
    }
}
