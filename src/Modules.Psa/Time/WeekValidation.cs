using FluentValidation;

namespace OpsPlatform.Modules.Psa.Time;

internal static class WeekValidation
{
    public static IRuleBuilderOptions<T, DateOnly?> IsWeekStart<T>(this IRuleBuilder<T, DateOnly?> rule) =>
        rule.NotNull().Must(d => d is { } day && Weeks.IsStart(day)).WithMessage("'weekStart' must be a Monday (weeks run Monday to Sunday).");
}
