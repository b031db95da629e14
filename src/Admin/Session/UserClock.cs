using System.Globalization;
using Microsoft.JSInterop;

namespace OpsPlatform.Admin.Session;

/// <summary>Dates in the browser's time zone (asked once per circuit); the API's instants are UTC.</summary>
public sealed class UserClock(IJSRuntime js)
{
    public TimeZoneInfo Zone { get; private set; } = TimeZoneInfo.Utc;

    public async Task LearnZoneAsync()
    {
        try
        {
            var id = await js.InvokeAsync<string>("opsAdmin.timeZone");
            Zone = TimeZoneInfo.FindSystemTimeZoneById(id);
        }
        catch (Exception e) when (e is TimeZoneNotFoundException or InvalidTimeZoneException or JSException)
        {
            Zone = TimeZoneInfo.Utc;
        }
    }

    public string Format(DateTimeOffset? at) =>
        at is { } value ? TimeZoneInfo.ConvertTime(value, Zone).ToString("d MMM yyyy, HH:mm", CultureInfo.InvariantCulture) : "—";

    public string FormatDate(DateTimeOffset? at) =>
        at is { } value ? TimeZoneInfo.ConvertTime(value, Zone).ToString("d MMM yyyy", CultureInfo.InvariantCulture) : "—";
}
