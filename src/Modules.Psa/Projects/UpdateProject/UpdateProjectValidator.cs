namespace OpsPlatform.Modules.Psa.Projects.UpdateProject;

internal sealed class UpdateProjectValidator : ProjectFieldsValidator<UpdateProjectCommand>;
