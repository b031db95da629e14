namespace OpsPlatform.Modules.Janitorial.Sites.CreateSite;

internal sealed class CreateSiteValidator : SiteFieldsValidator<CreateSiteCommand>;
