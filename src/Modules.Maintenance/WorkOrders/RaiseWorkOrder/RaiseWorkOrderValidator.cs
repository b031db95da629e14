using FluentValidation;

namespace OpsPlatform.Modules.Maintenance.WorkOrders.RaiseWorkOrder;

internal sealed class RaiseWorkOrderValidator : AbstractValidator<RaiseWorkOrderCommand>
{
    public RaiseWorkOrderValidator()
    {
        RuleFor(c => c.Title).NotEmpty().MaximumLength(200);
        RuleFor(c => c.Description).NotEmpty().MaximumLength(4000);
        RuleFor(c => c.Priority).NotNull().WithMessage("'priority' is required: low, medium, high or urgent.");
        RuleFor(c => c.EquipmentId).NotNull().When(c => c.SiteId is null)
            .WithMessage("Name the equipment ('equipmentId') or the site ('siteId') the work is for.");
        RuleFor(c => c.SiteId).NotNull().When(c => c.EquipmentId is null)
            .WithMessage("Name the equipment ('equipmentId') or the site ('siteId') the work is for.");
        this.RequiredSkillsRule(c => c.RequiredSkills!);
    }
}
