using FluentValidation;

namespace OpsPlatform.Modules.Psa.Projects.CreateProject;

internal sealed class CreateProjectValidator : AbstractValidator<CreateProjectCommand>
{
    public CreateProjectValidator()
    {
        RuleFor(c => c.Code).NotEmpty().MaximumLength(20)
            .Matches("^[A-Za-z0-9-]+$").WithMessage("'code' may hold only letters, digits and '-'.");
        RuleFor(c => c.Name).NotEmpty().MaximumLength(200);
        RuleFor(c => c.ClientName).NotEmpty().MaximumLength(200);
        RuleFor(c => c.Description).MaximumLength(4000);
        RuleFor(c => c.ManagerId).NotEqual(Guid.Empty).WithMessage("'managerId' must be a user id.");
    }
}
