using FluentValidation;

namespace OpsPlatform.Modules.Maintenance.WorkOrders.ReopenWorkOrder;

internal sealed class ReopenWorkOrderValidator : AbstractValidator<ReopenWorkOrderCommand>
{
    public ReopenWorkOrderValidator() => RuleFor(c => c.Reason).MaximumLength(1000);
}
