using FluentValidation;

namespace OpsPlatform.Modules.ItAssets.Licenses.UpdateLicense;

internal sealed class UpdateLicenseValidator : AbstractValidator<UpdateLicenseCommand>
{
    public UpdateLicenseValidator()
    {
        this.LicenseInputRulesFor();
        RuleFor(c => c.Version).NotNull().WithMessage("'version' is required: send the version you read, so a concurrent change is not overwritten.");
    }
}
