using System.Linq.Expressions;
using FluentValidation;

namespace OpsPlatform.Modules.Maintenance.WorkOrders;

/// <summary>The required-skills list of a raise or an update: at most 10 names of up to 50 characters.</summary>
internal static class RequiredSkillsRules
{
    public static void RequiredSkillsRule<T>(this AbstractValidator<T> validator, Expression<Func<T, IEnumerable<string>>> skills)
    {
        validator.RuleFor(skills).Must(s => s is null || s.Count() <= 10).WithMessage("At most 10 required skills.");
        validator.RuleForEach(skills).NotEmpty().MaximumLength(50);
    }
}
