using FluentValidation;

namespace OpsPlatform.Host.Api.Auth.SignUp;

internal sealed class SignUpValidator : AbstractValidator<SignUpRequest>
{
    public SignUpValidator()
    {
        RuleFor(r => r.Email).NotEmpty().MaximumLength(256).EmailAddress();
        RuleFor(r => r.Password).NotEmpty().MaximumLength(128);
        RuleFor(r => r.DisplayName).NotEmpty().MaximumLength(200);
    }
}
