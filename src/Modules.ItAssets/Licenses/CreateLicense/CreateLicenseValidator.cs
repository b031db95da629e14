using FluentValidation;

namespace OpsPlatform.Modules.ItAssets.Licenses.CreateLicense;

internal sealed class CreateLicenseValidator : AbstractValidator<CreateLicenseCommand>
{
    public CreateLicenseValidator() => this.LicenseInputRulesFor();
}
