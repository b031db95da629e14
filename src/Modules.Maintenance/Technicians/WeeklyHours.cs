using System.Text.Json.Serialization;

namespace OpsPlatform.Modules.Maintenance.Technicians;

/// <summary>The hours a technician works on a weekday, in UTC (e.g. monday 08:00-16:00).</summary>
internal sealed record WeeklyHours([property: JsonRequired] DayOfWeek Day, [property: JsonRequired] TimeOnly From, [property: JsonRequired] TimeOnly To)
{
    [JsonIgnore] public double Hours => (To - From).TotalHours;
}
