using FluentValidation;

namespace OpsPlatform.Modules.Janitorial.Sites.AssignSiteMember;

internal sealed class AssignSiteMemberValidator : AbstractValidator<AssignSiteMemberCommand>
{
    public AssignSiteMemberValidator()
    {
        RuleFor(c => c.Role).NotNull();
    }
}
