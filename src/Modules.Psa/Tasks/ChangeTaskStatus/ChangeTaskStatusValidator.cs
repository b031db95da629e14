using FluentValidation;

namespace OpsPlatform.Modules.Psa.Tasks.ChangeTaskStatus;

internal sealed class ChangeTaskStatusValidator : AbstractValidator<ChangeTaskStatusCommand>
{
    public ChangeTaskStatusValidator() => RuleFor(c => c.Status).NotNull().WithMessage("'status' is required.");
}
