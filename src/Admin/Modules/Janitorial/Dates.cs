using System.Globalization;
using OpsPlatform.Admin.Session;

namespace OpsPlatform.Admin.Modules.Janitorial;

/// <summary>
/// Calendar dates and times of day as people read them. Service and inspection dates are plain dates (a cleaning's
/// date and times are local to its site), so they are shown as they are; "today" is the user's own.
/// </summary>
public static class Dates
{
    public static string Of(DateOnly date) => date.ToString("ddd d MMM yyyy", CultureInfo.InvariantCulture);

    public static string Short(DateOnly date) => date.ToString("ddd d MMM", CultureInfo.InvariantCulture);

    public static string Span(TimeOnly start, TimeOnly end) => $"{start:HH\\:mm}–{end:HH\\:mm}";

    /// <summary>"2026-03" → "Mar 2026".</summary>
    public static string Month(string yearMonth) =>
        DateOnly.TryParseExact(yearMonth + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)
            ? d.ToString("MMM yyyy", CultureInfo.InvariantCulture)
            : yearMonth;

    /// <summary>"2026-03" → "Mar 26", for a chart axis.</summary>
    public static string MonthShort(string yearMonth) =>
        DateOnly.TryParseExact(yearMonth + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)
            ? d.ToString("MMM yy", CultureInfo.InvariantCulture)
            : yearMonth;

    public static DateOnly Today(this UserClock clock, TimeProvider? time = null) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime((time ?? TimeProvider.System).GetUtcNow(), clock.Zone).DateTime);
}
