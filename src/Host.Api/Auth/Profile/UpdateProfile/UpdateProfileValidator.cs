using FluentValidation;

namespace OpsPlatform.Host.Api.Auth.Profile.UpdateProfile;

internal sealed class UpdateProfileValidator : AbstractValidator<UpdateProfileRequest>
{
    public UpdateProfileValidator() => RuleFor(r => r.DisplayName).NotEmpty().MaximumLength(200);
}
