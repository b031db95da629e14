using System.Linq.Expressions;
using FluentValidation;
using OpsPlatform.Modules.Maintenance.WorkOrders;

namespace OpsPlatform.Modules.Maintenance.PreventivePlans;

/// <summary>Shape rules shared by creating and changing a plan.</summary>
internal static class PreventivePlanRules
{
    public static void PlanShape<T>(
        this AbstractValidator<T> validator,
        Expression<Func<T, string>> title,
        Expression<Func<T, string>> description,
        Expression<Func<T, WorkOrderPriority?>> priority,
        Expression<Func<T, int?>> intervalCount,
        Expression<Func<T, IntervalUnit?>> intervalUnit,
        Expression<Func<T, DueMode?>> mode,
        Expression<Func<T, int?>> leadTimeDays,
        Expression<Func<T, DateTimeOffset?>> firstDueAt,
        Expression<Func<T, IEnumerable<string>>> requiredSkills)
    {
        validator.RuleFor(title).NotEmpty().MaximumLength(200);
        validator.RuleFor(description).NotEmpty().MaximumLength(4000);
        validator.RuleFor(priority).NotNull().WithMessage("'priority' is required: low, medium, high or urgent.");
        validator.RuleFor(intervalCount).NotNull().InclusiveBetween(1, 365).WithMessage("'intervalCount' is from 1 to 365.");
        validator.RuleFor(intervalUnit).NotNull().WithMessage("'intervalUnit' is required: days, weeks or months.");
        validator.RuleFor(mode).NotNull().WithMessage("'mode' is required: fixed or floating.");
        validator.RuleFor(leadTimeDays).NotNull().InclusiveBetween(0, 90).WithMessage("'leadTimeDays' is from 0 to 90.");
        validator.RuleFor(firstDueAt).NotNull().WithMessage("'firstDueAt' is required.");
        validator.RequiredSkillsRule(requiredSkills);
    }
}
