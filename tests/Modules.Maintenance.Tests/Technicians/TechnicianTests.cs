using OpsPlatform.Modules.Maintenance.Technicians;
using OpsPlatform.Shared.Kernel.Domain;

namespace OpsPlatform.Modules.Maintenance.Tests.Technicians;

public sealed class TechnicianTests
{
    private static readonly DateOnly Monday = new(2030, 3, 4);

    [Fact]
    public void A_booking_inside_the_working_hours_is_fine_and_outside_them_is_explained()
    {
        var technician = Sam();

        technician.WhyUnavailable(At(Monday, 9), At(Monday, 12)).ShouldBeNull();
        technician.WhyUnavailable(At(Monday, 15), At(Monday, 17)).ShouldNotBeNull().ShouldContain("08:00-16:00");
        technician.WhyUnavailable(At(Monday.AddDays(1), 9), At(Monday.AddDays(1), 10)).ShouldNotBeNull().ShouldContain("tuesday");
        technician.WhyUnavailable(At(Monday, 15), At(Monday.AddDays(1), 1)).ShouldNotBeNull().ShouldContain("same day");
    }

    [Fact]
    public void A_day_away_blocks_bookings_and_removes_its_hours_from_the_week()
    {
        var technician = Sam(away: [new Unavailability(Monday, Monday, "training")]);

        technician.WhyUnavailable(At(Monday, 9), At(Monday, 10)).ShouldNotBeNull().ShouldContain("training");
        technician.HoursInWeek(Monday).ShouldBe(8); // wednesday only
        Sam().HoursInWeek(Monday).ShouldBe(16);
    }

    [Fact]
    public void Overlapping_working_hours_on_a_day_are_refused()
    {
        Should.Throw<DomainRuleViolation>(() => Technician.Register("Sam", null, [],
            [new WeeklyHours(DayOfWeek.Monday, new TimeOnly(8, 0), new TimeOnly(12, 0)), new WeeklyHours(DayOfWeek.Monday, new TimeOnly(11, 0), new TimeOnly(14, 0))], []))
            .Field.ShouldBe("weeklyAvailability");
    }

    [Fact]
    public void Skills_are_matched_by_lower_case_name_and_scored_by_level()
    {
        var technician = Technician.Register("Sam", null, [new TechnicianSkill(" HVAC ", 4), new TechnicianSkill("plumbing", 2)], [], []);

        technician.MissingSkills(["hvac", "welding"]).ShouldBe(["welding"]);
        technician.SkillMatch(["hvac", "plumbing", "welding"]).ShouldBe(6);
    }

    private static Technician Sam(Unavailability[]? away = null) => Technician.Register("Sam", null, [new TechnicianSkill("hvac", 3)],
        [new WeeklyHours(DayOfWeek.Monday, new TimeOnly(8, 0), new TimeOnly(16, 0)), new WeeklyHours(DayOfWeek.Wednesday, new TimeOnly(8, 0), new TimeOnly(16, 0))],
        away ?? []);

    private static DateTimeOffset At(DateOnly day, int hour) => new(day.ToDateTime(new TimeOnly(hour, 0)), TimeSpan.Zero);
}
