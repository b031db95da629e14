using FluentValidation;

namespace OpsPlatform.Modules.Janitorial.Sites.UpdateSite;

internal sealed class UpdateSiteValidator : SiteFieldsValidator<UpdateSiteCommand>
{
    public UpdateSiteValidator()
    {
        RuleFor(c => c.Active).NotNull();
        RuleFor(c => c.Version).NotNull().WithMessage("'version' is required: send the version you read, so a concurrent change is not overwritten.");
    }
}
