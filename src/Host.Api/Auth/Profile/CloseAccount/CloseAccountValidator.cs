using FluentValidation;

namespace OpsPlatform.Host.Api.Auth.Profile.CloseAccount;

internal sealed class CloseAccountValidator : AbstractValidator<CloseAccountRequest>
{
    public CloseAccountValidator() => RuleFor(r => r.Password).NotEmpty().MaximumLength(128);
}
