using MudBlazor;
using OpsPlatform.Admin.Modules.Psa.Api;

namespace OpsPlatform.Admin.Modules.Psa;

/// <summary>What people read instead of the API's words (<c>on_hold</c> → "On hold"), and the colours.</summary>
public static class Labels
{
    public static string Of(ProjectStatus status) => status switch
    {
        ProjectStatus.Planned => "Planned",
        ProjectStatus.Active => "Active",
        ProjectStatus.OnHold => "On hold",
        ProjectStatus.Completed => "Completed",
        ProjectStatus.Cancelled => "Cancelled",
        _ => status.ToString(),
    };

    public static string Of(ProjectTaskStatus status) => status switch
    {
        ProjectTaskStatus.ToDo => "To do",
        ProjectTaskStatus.InProgress => "In progress",
        ProjectTaskStatus.Done => "Done",
        ProjectTaskStatus.Blocked => "Blocked",
        _ => status.ToString(),
    };

    /// <summary>The button that moves a task to <paramref name="status"/>.</summary>
    public static string MoveTo(ProjectTaskStatus status) => status switch
    {
        ProjectTaskStatus.ToDo => "Back to do",
        ProjectTaskStatus.InProgress => "Start",
        ProjectTaskStatus.Done => "Done",
        ProjectTaskStatus.Blocked => "Blocked",
        _ => Of(status),
    };

    public static string Of(TaskPriority priority) => priority.ToString();

    public static string Of(Health health) => health switch
    {
        Health.OnTrack => "On track",
        Health.AtRisk => "At risk",
        Health.OffTrack => "Off track",
        _ => health.ToString(),
    };

    public static string Of(TimeEntryStatus status) => status.ToString();

    public static string Of(AccessAction action) => action switch
    {
        AccessAction.View => "Viewed",
        AccessAction.Download => "Downloaded",
        _ => action.ToString(),
    };

    public static string Of(ProjectRole role) => role switch
    {
        ProjectRole.Member => "Member",
        ProjectRole.ClientViewer => "Client viewer",
        _ => role.ToString(),
    };

    /// <summary>"1 h 30 min", "45 min".</summary>
    public static string Duration(int minutes) =>
        minutes >= 60 ? minutes % 60 == 0 ? $"{minutes / 60} h" : $"{minutes / 60} h {minutes % 60} min" : $"{minutes} min";

    public static Color ColorOf(ProjectStatus status) => status switch
    {
        ProjectStatus.Planned => Color.Default,
        ProjectStatus.Active => Color.Primary,
        ProjectStatus.OnHold => Color.Warning,
        ProjectStatus.Completed => Color.Success,
        ProjectStatus.Cancelled => Color.Error,
        _ => Color.Default,
    };

    public static Color ColorOf(ProjectTaskStatus status) => status switch
    {
        ProjectTaskStatus.InProgress => Color.Warning,
        ProjectTaskStatus.Done => Color.Success,
        ProjectTaskStatus.Blocked => Color.Error,
        _ => Color.Default,
    };

    public static Color ColorOf(Health health) => health switch
    {
        Health.OnTrack => Color.Success,
        Health.AtRisk => Color.Warning,
        Health.OffTrack => Color.Error,
        _ => Color.Default,
    };

    public static Color ColorOf(TimeEntryStatus status) => status switch
    {
        TimeEntryStatus.Submitted => Color.Info,
        TimeEntryStatus.Approved => Color.Success,
        TimeEntryStatus.Rejected => Color.Error,
        _ => Color.Default,
    };
}
