using FluentValidation;

namespace OpsPlatform.Modules.ItAssets.Assignments.CheckOutHardware;

internal sealed class CheckOutHardwareValidator : AbstractValidator<CheckOutHardwareCommand>
{
    public CheckOutHardwareValidator()
    {
        RuleFor(c => c.AssignedTo).NotNull().When(c => string.IsNullOrWhiteSpace(c.Location))
            .WithMessage("Check out to a user ('assignedTo') or a 'location'.");
        RuleFor(c => c.AssignedTo).NotEqual(Guid.Empty).WithMessage("'assignedTo' must be a user id.");
        RuleFor(c => c.Location).Empty().When(c => c.AssignedTo is not null)
            .WithMessage("Check out to a user ('assignedTo') or a 'location', not both.");
        RuleFor(c => c.Location).MaximumLength(200);
        RuleFor(c => c.Note).MaximumLength(1000);
    }
}
