using FluentValidation;

namespace OpsPlatform.Host.Api.Auth.Profile.ChangeEmail;

internal sealed class ChangeEmailValidator : AbstractValidator<ChangeEmailRequest>
{
    public ChangeEmailValidator()
    {
        RuleFor(r => r.Email).NotEmpty().MaximumLength(256).EmailAddress();
        RuleFor(r => r.Password).NotEmpty().MaximumLength(128);
    }
}
