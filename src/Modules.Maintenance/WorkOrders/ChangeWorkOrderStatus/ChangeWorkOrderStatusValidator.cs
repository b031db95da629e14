using FluentValidation;

namespace OpsPlatform.Modules.Maintenance.WorkOrders.ChangeWorkOrderStatus;

internal sealed class ChangeWorkOrderStatusValidator : AbstractValidator<ChangeWorkOrderStatusCommand>
{
    public ChangeWorkOrderStatusValidator()
    {
        RuleFor(c => c.Status).NotNull().WithMessage("'status' is required.");
        RuleFor(c => c.Reason).NotEmpty().When(c => c.Status == WorkOrderStatus.Cancelled)
            .WithMessage("Cancelling a work order needs a 'reason'.");
        RuleFor(c => c.Reason).MaximumLength(1000);
    }
}
