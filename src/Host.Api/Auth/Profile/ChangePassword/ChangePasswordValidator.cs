using FluentValidation;

namespace OpsPlatform.Host.Api.Auth.Profile.ChangePassword;

internal sealed class ChangePasswordValidator : AbstractValidator<ChangePasswordRequest>
{
    public ChangePasswordValidator()
    {
        RuleFor(r => r.CurrentPassword).NotEmpty().MaximumLength(128);
        RuleFor(r => r.NewPassword).NotEmpty().MaximumLength(128)
            .NotEqual(r => r.CurrentPassword).WithMessage("The new password must differ from the current one.");
    }
}
