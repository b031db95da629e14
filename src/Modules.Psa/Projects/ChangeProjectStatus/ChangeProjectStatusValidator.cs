using FluentValidation;

namespace OpsPlatform.Modules.Psa.Projects.ChangeProjectStatus;

internal sealed class ChangeProjectStatusValidator : AbstractValidator<ChangeProjectStatusCommand>
{
    public ChangeProjectStatusValidator()
    {
        RuleFor(c => c.Status).NotNull().WithMessage("'status' is required.");
        RuleFor(c => c.Reason).NotEmpty().When(c => c.Status == ProjectStatus.Cancelled).WithMessage("Cancelling a project needs a 'reason'.");
        RuleFor(c => c.Reason).MaximumLength(1000);
    }
}
