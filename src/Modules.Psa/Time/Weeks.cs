namespace OpsPlatform.Modules.Psa.Time;

/// <summary>Timesheet weeks start on Monday.</summary>
internal static class Weeks
{
    public static DateOnly StartOf(DateOnly date) => date.AddDays(-(((int)date.DayOfWeek + 6) % 7));

    public static bool IsStart(DateOnly date) => date.DayOfWeek == DayOfWeek.Monday;
}
