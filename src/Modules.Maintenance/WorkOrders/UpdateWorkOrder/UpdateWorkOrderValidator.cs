using FluentValidation;

namespace OpsPlatform.Modules.Maintenance.WorkOrders.UpdateWorkOrder;

internal sealed class UpdateWorkOrderValidator : AbstractValidator<UpdateWorkOrderCommand>
{
    public UpdateWorkOrderValidator()
    {
        RuleFor(c => c.Title).NotEmpty().MaximumLength(200);
        RuleFor(c => c.Description).NotEmpty().MaximumLength(4000);
        RuleFor(c => c.Priority).NotNull().WithMessage("'priority' is required: low, medium, high or urgent.");
        RuleFor(c => c.Version).NotNull().WithMessage("'version' is required: send the version you read, so a concurrent change is not overwritten.");
        this.RequiredSkillsRule(c => c.RequiredSkills!);
    }
}
