using System.Linq.Expressions;
using FluentValidation;

namespace OpsPlatform.Modules.Maintenance.Technicians;

/// <summary>Shape rules shared by registering and changing a technician (a null list passes: it means none).</summary>
internal static class TechnicianRules
{
    public static void TechnicianShape<T>(
        this AbstractValidator<T> validator,
        Expression<Func<T, string>> name,
        Expression<Func<T, IEnumerable<TechnicianSkill>>> skills,
        Expression<Func<T, IEnumerable<WeeklyHours>>> weeklyAvailability,
        Expression<Func<T, IEnumerable<Unavailability>>> unavailability)
    {
        validator.RuleFor(name).NotEmpty().MaximumLength(200);
        validator.RuleFor(skills).Must(s => s is null || s.Count() <= 50).WithMessage("At most 50 skills.");
        validator.RuleForEach(skills).ChildRules(skill =>
        {
            skill.RuleFor(s => s.Name).NotEmpty().MaximumLength(50);
            skill.RuleFor(s => s.Level).InclusiveBetween(1, 5).WithMessage("A skill level is from 1 to 5.");
        });
        validator.RuleFor(weeklyAvailability).Must(h => h is null || h.Count() <= 21).WithMessage("At most 21 working-hour windows a week.");
        validator.RuleForEach(weeklyAvailability).ChildRules(hours =>
            hours.RuleFor(h => h.To).GreaterThan(h => h.From).WithMessage("'to' must be after 'from'."));
        validator.RuleFor(unavailability).Must(u => u is null || u.Count() <= 100).WithMessage("At most 100 periods of unavailability.");
        validator.RuleForEach(unavailability).ChildRules(away =>
        {
            away.RuleFor(u => u.To).GreaterThanOrEqualTo(u => u.From).WithMessage("'to' must not be before 'from'.");
            away.RuleFor(u => u.Reason).MaximumLength(200);
        });
    }
}
