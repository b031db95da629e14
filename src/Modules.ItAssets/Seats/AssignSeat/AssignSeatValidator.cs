using FluentValidation;

namespace OpsPlatform.Modules.ItAssets.Seats.AssignSeat;

internal sealed class AssignSeatValidator : AbstractValidator<AssignSeatCommand>
{
    public AssignSeatValidator()
    {
        RuleFor(c => c.UserId).NotNull().When(c => c.HardwareId is null).WithMessage("Give the seat to a user ('userId') or a device ('hardwareId').");
        RuleFor(c => c.HardwareId).Null().When(c => c.UserId is not null).WithMessage("Give the seat to a user ('userId') or a device ('hardwareId'), not both.");
        RuleFor(c => c.UserId).NotEqual(Guid.Empty);
        RuleFor(c => c.HardwareId).NotEqual(Guid.Empty);
    }
}
