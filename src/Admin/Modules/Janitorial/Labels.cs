using MudBlazor;
using OpsPlatform.Admin.Modules.Janitorial.Api;

namespace OpsPlatform.Admin.Modules.Janitorial;

/// <summary>What people read instead of the API's words (<c>in_progress</c> → "In progress"), and the colours.</summary>
public static class Labels
{
    public static string Of(CleaningStatus status) => status switch
    {
        CleaningStatus.Scheduled => "Scheduled",
        CleaningStatus.InProgress => "In progress",
        CleaningStatus.Completed => "Completed",
        CleaningStatus.Missed => "Missed",
        CleaningStatus.Cancelled => "Cancelled",
        _ => status.ToString(),
    };

    /// <summary>The button that moves a cleaning to <paramref name="status"/>.</summary>
    public static string MoveTo(CleaningStatus status) => status switch
    {
        CleaningStatus.InProgress => "Start",
        CleaningStatus.Completed => "Complete",
        CleaningStatus.Cancelled => "Cancel",
        _ => Of(status),
    };

    public static string Of(Frequency frequency) => frequency switch
    {
        Frequency.Once => "Once",
        Frequency.Daily => "Daily",
        Frequency.Weekly => "Weekly",
        Frequency.Biweekly => "Every two weeks",
        Frequency.Monthly => "Monthly",
        _ => frequency.ToString(),
    };

    public static string Of(ServiceLevel level) => level switch
    {
        ServiceLevel.Basic => "Basic",
        ServiceLevel.Standard => "Standard",
        ServiceLevel.Premium => "Premium",
        _ => level.ToString(),
    };

    public static string Of(SiteRole role) => role switch
    {
        SiteRole.Technician => "Cleaning technician",
        SiteRole.Inspector => "Inspector",
        SiteRole.Client => "Client",
        _ => role.ToString(),
    };

    public static string Outcome(bool passed) => passed ? "Passed" : "Failed";

    public static Color ColorOf(CleaningStatus status) => status switch
    {
        CleaningStatus.Scheduled => Color.Info,
        CleaningStatus.InProgress => Color.Warning,
        CleaningStatus.Completed => Color.Success,
        CleaningStatus.Missed => Color.Error,
        _ => Color.Default,
    };

    public static Color ColorOf(bool passed) => passed ? Color.Success : Color.Error;
}
