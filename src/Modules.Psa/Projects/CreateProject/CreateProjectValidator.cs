using FluentValidation;

namespace OpsPlatform.Modules.Psa.Projects.CreateProject;

internal sealed class CreateProjectValidator : ProjectFieldsValidator<CreateProjectCommand>
{
    public CreateProjectValidator()
    {
        RuleFor(c => c.Code).NotEmpty().MaximumLength(20)
            .Matches("^[A-Za-z0-9-]+$").WithMessage("'code' may hold only letters, digits and '-'.");
        RuleFor(c => c.OwnerId).NotEqual(Guid.Empty).WithMessage("'ownerId' must be a user id.");
    }
}
