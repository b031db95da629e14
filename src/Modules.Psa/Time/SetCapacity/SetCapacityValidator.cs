using FluentValidation;

namespace OpsPlatform.Modules.Psa.Time.SetCapacity;

internal sealed class SetCapacityValidator : AbstractValidator<SetCapacityCommand>
{
    public SetCapacityValidator() => RuleFor(c => c.WeeklyHours).NotNull().InclusiveBetween(0, 168).WithMessage("'weeklyHours' must be between 0 and 168.");
}
