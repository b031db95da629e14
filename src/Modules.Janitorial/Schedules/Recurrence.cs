using OpsPlatform.Shared.Kernel.Domain;

namespace OpsPlatform.Modules.Janitorial.Schedules;

/// <summary>The service dates a plan yields from its first date up to its repeat-until date (inclusive).</summary>
internal static class Recurrence
{
    /// <summary>How far ahead a recurring plan may reach; a longer one is planned again later.</summary>
    public const int MaxDays = 366;

    public static IReadOnlyList<DateOnly> Dates(DateOnly first, Frequency frequency, DateOnly? repeatUntil)
    {
        if (frequency == Frequency.Once)
        {
            if (repeatUntil is { } until && until != first)
                throw new DomainRuleViolation("A one-off cleaning has no repeat-until date (or the same date).", "repeatUntil");
            return [first];
        }
        if (repeatUntil is not { } last)
            throw new DomainRuleViolation($"A {frequency.ToString().ToLowerInvariant()} cleaning needs a repeat-until date.", "repeatUntil");
        if (last < first)
            throw new DomainRuleViolation("'repeatUntil' must not be before 'serviceDate'.", "repeatUntil");
        if (last.DayNumber - first.DayNumber > MaxDays)
            throw new DomainRuleViolation($"A plan may reach at most {MaxDays} days ahead of its first date.", "repeatUntil");

        var dates = new List<DateOnly>();
        for (var i = 0; ; i++)
        {
            var date = frequency switch
            {
                Frequency.Daily => first.AddDays(i),
                Frequency.Weekly => first.AddDays(7 * i),
                Frequency.Biweekly => first.AddDays(14 * i),
                _ => first.AddMonths(i), // the 31st falls on the last day of shorter months
            };
            if (date > last) return dates;
            dates.Add(date);
        }
    }
}
