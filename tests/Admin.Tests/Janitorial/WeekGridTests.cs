using OpsPlatform.Admin.Modules.Janitorial.Api;
using OpsPlatform.Admin.Modules.Janitorial.Calendar;

namespace OpsPlatform.Admin.Tests.Janitorial;

public sealed class WeekGridTests
{
    private static readonly Guid Robin = Guid.NewGuid();
    private static readonly Guid Alex = Guid.NewGuid();
    private static readonly Dictionary<Guid, string> Names = new() { [Robin] = "Robin", [Alex] = "Alex" };

    private static Cleaning At(Guid crew, string date, int hour, string site = "Harbour Office") =>
        new(Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), site, crew, DateOnly.Parse(date), new TimeOnly(hour, 0), new TimeOnly(hour + 2, 0), Frequency.Once, CleaningStatus.Scheduled);

    [Theory]
    [InlineData("2026-11-30", "2026-11-30")] // a Monday
    [InlineData("2026-12-03", "2026-11-30")] // a Thursday
    [InlineData("2026-12-06", "2026-11-30")] // a Sunday belongs to the week that started on Monday
    [InlineData("2027-01-01", "2026-12-28")] // across a year end
    public void A_week_starts_on_monday(string day, string monday) =>
        WeekGrid.MondayOf(DateOnly.Parse(day)).ShouldBe(DateOnly.Parse(monday));

    [Fact]
    public void Rows_are_crew_members_by_name_and_columns_the_seven_days()
    {
        var grid = WeekGrid.Build(DateOnly.Parse("2026-12-02"), [At(Robin, "2026-12-01", 9), At(Alex, "2026-12-06", 6)], id => Names[id]);

        grid.Monday.ShouldBe(DateOnly.Parse("2026-11-30"));
        grid.Days.Count().ShouldBe(7);
        grid.Rows.Select(r => r.Name).ShouldBe(["Alex", "Robin"]);
        grid.Rows[0].Days[6].Single().StartTime.ShouldBe(new TimeOnly(6, 0));
        grid.Rows[1].Days[1].Single().StartTime.ShouldBe(new TimeOnly(9, 0));
        grid.Rows[1].Days.Where((_, day) => day != 1).ShouldAllBe(cell => cell.Count == 0);
    }

    [Fact]
    public void A_day_lists_its_cleanings_by_start_time_and_the_week_leaves_out_other_weeks()
    {
        var grid = WeekGrid.Build(DateOnly.Parse("2026-11-30"),
            [At(Robin, "2026-12-02", 14, "B"), At(Robin, "2026-12-02", 8, "A"), At(Robin, "2026-12-07", 8), At(Robin, "2026-11-29", 8)], id => Names[id]);

        var row = grid.Rows.ShouldHaveSingleItem();
        row.Days[2].Select(c => c.SiteName).ShouldBe(["A", "B"]);
        row.Days.Sum(d => d.Count).ShouldBe(2);
    }

    [Fact]
    public void A_week_without_cleanings_has_no_rows() =>
        WeekGrid.Build(DateOnly.Parse("2026-11-30"), [], _ => "").Rows.ShouldBeEmpty();

    [Fact]
    public void Crew_names_are_you_then_known_names_then_a_short_id()
    {
        var me = Guid.NewGuid();
        var names = new CrewNames(Names, me);

        names.Of(me).ShouldBe("You");
        names.Of(Robin).ShouldBe("Robin");
        var stranger = Guid.NewGuid();
        names.Of(stranger).ShouldBe($"Crew member …{stranger.ToString("N")[^6..]}");
        names.Of(stranger, "User").ShouldStartWith("User …");
    }
}
