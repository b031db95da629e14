using OpsPlatform.Admin.Modules.Janitorial.Api;

namespace OpsPlatform.Admin.Modules.Janitorial.Calendar;

/// <summary>
/// A week of cleanings laid out per crew member (rows) and day (columns, Monday first). Cleanings are placed on their
/// service date, which is the site's own local date; each cell is in start-time order.
/// </summary>
public sealed record WeekGrid(DateOnly Monday, IReadOnlyList<WeekGrid.Row> Rows)
{
    public sealed record Row(Guid CrewMember, string Name, IReadOnlyList<IReadOnlyList<Cleaning>> Days);

    public IEnumerable<DateOnly> Days => Enumerable.Range(0, 7).Select(Monday.AddDays);

    public DateOnly Sunday => Monday.AddDays(6);

    public static DateOnly MondayOf(DateOnly day) => day.AddDays(-(((int)day.DayOfWeek + 6) % 7));

    /// <summary>Rows sorted by name; cleanings outside the week are left out.</summary>
    public static WeekGrid Build(DateOnly anyDayOfWeek, IEnumerable<Cleaning> cleanings, Func<Guid, string> nameOf)
    {
        var monday = MondayOf(anyDayOfWeek);
        var rows = cleanings
            .Where(c => c.ServiceDate >= monday && c.ServiceDate <= monday.AddDays(6))
            .GroupBy(c => c.AssignedTo)
            .Select(crew => new Row(crew.Key, nameOf(crew.Key), Enumerable.Range(0, 7)
                .Select(d => (IReadOnlyList<Cleaning>)crew.Where(c => c.ServiceDate == monday.AddDays(d)).OrderBy(c => c.StartTime).ThenBy(c => c.SiteName).ToList())
                .ToList()))
            .OrderBy(r => r.Name, StringComparer.CurrentCultureIgnoreCase)
            .ThenBy(r => r.CrewMember)
            .ToList();
        return new WeekGrid(monday, rows);
    }
}
