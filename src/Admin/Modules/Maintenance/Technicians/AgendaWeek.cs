using OpsPlatform.Admin.Modules.Maintenance.Api;

namespace OpsPlatform.Admin.Modules.Maintenance.Technicians;

/// <summary>
/// A technician's week, Monday first, in the viewer's time zone: each day's bookings in start order, and the work due
/// that day. The range asked of the API is the week's first and last instant in that zone.
/// </summary>
public sealed record AgendaWeek(DateOnly Monday, IReadOnlyList<AgendaWeek.Day> Days)
{
    public sealed record Day(DateOnly Date, IReadOnlyList<AgendaBooking> Bookings, IReadOnlyList<AgendaDueWork> Due);

    public static DateOnly MondayOf(DateOnly day) => day.AddDays(-(((int)day.DayOfWeek + 6) % 7));

    /// <summary>[from, to) of the week containing <paramref name="anyDay"/>, as instants.</summary>
    public static (DateTimeOffset From, DateTimeOffset To) RangeOf(DateOnly anyDay, TimeZoneInfo zone)
    {
        var monday = MondayOf(anyDay);
        return (StartOf(monday, zone), StartOf(monday.AddDays(7), zone));
    }

    public static AgendaWeek Build(DateOnly anyDay, TechnicianAgenda agenda, TimeZoneInfo zone)
    {
        var monday = MondayOf(anyDay);
        DateOnly LocalDay(DateTimeOffset at) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(at, zone).DateTime);
        var days = Enumerable.Range(0, 7).Select(monday.AddDays).Select(date => new Day(
                date,
                agenda.Bookings.Where(b => LocalDay(b.StartsAt) == date).OrderBy(b => b.StartsAt).ThenBy(b => b.Title, StringComparer.Ordinal).ToList(),
                agenda.Due.Where(d => LocalDay(d.DueAt) == date).OrderBy(d => d.DueAt).ToList()))
            .ToList();
        return new AgendaWeek(monday, days);
    }

    /// <summary>Booked hours in the week.</summary>
    public double BookedHours => Days.SelectMany(d => d.Bookings).Sum(b => (b.EndsAt - b.StartsAt).TotalHours);

    private static DateTimeOffset StartOf(DateOnly day, TimeZoneInfo zone)
    {
        var local = day.ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified);
        // A midnight skipped by a clock change starts the day an hour later.
        while (zone.IsInvalidTime(local)) local = local.AddHours(1);
        return new DateTimeOffset(local, zone.GetUtcOffset(local));
    }
}
