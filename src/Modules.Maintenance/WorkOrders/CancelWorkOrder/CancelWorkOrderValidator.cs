using FluentValidation;

namespace OpsPlatform.Modules.Maintenance.WorkOrders.CancelWorkOrder;

internal sealed class CancelWorkOrderValidator : AbstractValidator<CancelWorkOrderCommand>
{
    public CancelWorkOrderValidator() =>
        RuleFor(c => c.Reason).NotEmpty().WithMessage("Cancelling a work order needs a 'reason'.").MaximumLength(1000);
}
