using OpsPlatform.Modules.Janitorial.Schedules;
using OpsPlatform.Shared.Kernel.Domain;

namespace OpsPlatform.Modules.Janitorial.Tests.Schedules;

public sealed class RecurrenceTests
{
    private static readonly DateOnly Jan31 = new(2030, 1, 31);

    [Fact]
    public void A_weekly_plan_yields_every_seventh_day_up_to_and_including_its_last_date()
    {
        Recurrence.Dates(new DateOnly(2030, 1, 7), Frequency.Weekly, new DateOnly(2030, 2, 4))
            .ShouldBe([new(2030, 1, 7), new(2030, 1, 14), new(2030, 1, 21), new(2030, 1, 28), new(2030, 2, 4)]);
    }

    [Fact]
    public void A_biweekly_plan_skips_a_week()
    {
        Recurrence.Dates(new DateOnly(2030, 1, 7), Frequency.Biweekly, new DateOnly(2030, 2, 3))
            .ShouldBe([new(2030, 1, 7), new(2030, 1, 21)]);
    }

    [Fact]
    public void A_monthly_plan_on_the_31st_falls_on_the_last_day_of_shorter_months()
    {
        Recurrence.Dates(Jan31, Frequency.Monthly, new DateOnly(2030, 4, 30))
            .ShouldBe([Jan31, new(2030, 2, 28), new(2030, 3, 31), new(2030, 4, 30)]);
    }

    [Fact]
    public void A_daily_plan_may_reach_a_year_ahead_but_no_further()
    {
        Recurrence.Dates(Jan31, Frequency.Daily, Jan31.AddDays(Recurrence.MaxDays)).Count.ShouldBe(Recurrence.MaxDays + 1);
        Should.Throw<DomainRuleViolation>(() => Recurrence.Dates(Jan31, Frequency.Daily, Jan31.AddDays(Recurrence.MaxDays + 1))).Field.ShouldBe("repeatUntil");
    }

    [Fact]
    public void A_recurring_plan_needs_a_repeat_until_date_and_a_one_off_refuses_another()
    {
        Should.Throw<DomainRuleViolation>(() => Recurrence.Dates(Jan31, Frequency.Weekly, null)).Field.ShouldBe("repeatUntil");
        Should.Throw<DomainRuleViolation>(() => Recurrence.Dates(Jan31, Frequency.Once, Jan31.AddDays(1))).Field.ShouldBe("repeatUntil");
        Recurrence.Dates(Jan31, Frequency.Once, null).ShouldBe([Jan31]);
    }
}
