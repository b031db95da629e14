using FluentValidation;

namespace OpsPlatform.Host.Api.Auth.SignUp;

internal sealed class SignUpValidator : AbstractValidator<SignUpRequest>
{
    public SignUpValidator() => this.AccountShape(r => r.Email, r => r.DisplayName, r => r.Password);
}
