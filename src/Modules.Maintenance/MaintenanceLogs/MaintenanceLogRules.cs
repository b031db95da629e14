using System.Linq.Expressions;
using FluentValidation;

namespace OpsPlatform.Modules.Maintenance.MaintenanceLogs;

internal static class MaintenanceLogRules
{
    public static void LogShape<T>(this AbstractValidator<T> validator, Expression<Func<T, string>> entry, Expression<Func<T, int?>> minutesSpent)
    {
        validator.RuleFor(entry).NotEmpty().MaximumLength(4000);
        validator.RuleFor(minutesSpent).NotNull().InclusiveBetween(0, 24 * 60).WithMessage("'minutesSpent' is from 0 to 1440 (one day).");
    }
}
