using FluentValidation;

namespace OpsPlatform.Modules.Psa.Projects.AddProjectMember;

internal sealed class AddProjectMemberValidator : AbstractValidator<AddProjectMemberCommand>
{
    public AddProjectMemberValidator()
    {
        RuleFor(c => c.Role).NotNull().WithMessage("'role' is required: member or client_viewer.");
        RuleFor(c => c.UserId).NotEqual(Guid.Empty).WithName("userId");
    }
}
