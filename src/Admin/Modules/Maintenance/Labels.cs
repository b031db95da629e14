using MudBlazor;
using OpsPlatform.Admin.Modules.Maintenance.Api;

namespace OpsPlatform.Admin.Modules.Maintenance;

/// <summary>What people read instead of the API's words (<c>in_progress</c> → "In progress"), and the colours.</summary>
public static class Labels
{
    public static string Of(WorkOrderStatus status) => status switch
    {
        WorkOrderStatus.Requested => "Requested",
        WorkOrderStatus.Open => "Open",
        WorkOrderStatus.Assigned => "Assigned",
        WorkOrderStatus.InProgress => "In progress",
        WorkOrderStatus.OnHold => "On hold",
        WorkOrderStatus.Completed => "Completed",
        WorkOrderStatus.Closed => "Closed",
        WorkOrderStatus.Cancelled => "Cancelled",
        _ => status.ToString(),
    };

    /// <summary>The button that moves a work order to <paramref name="status"/>.</summary>
    public static string MoveTo(WorkOrderStatus status) => status switch
    {
        WorkOrderStatus.Open => "Approve",
        WorkOrderStatus.Assigned => "Mark assigned",
        WorkOrderStatus.InProgress => "Start work",
        WorkOrderStatus.OnHold => "Put on hold",
        WorkOrderStatus.Completed => "Complete",
        WorkOrderStatus.Closed => "Close",
        _ => Of(status),
    };

    public static string Of(WorkOrderPriority priority) => priority switch
    {
        WorkOrderPriority.Low => "Low",
        WorkOrderPriority.Medium => "Medium",
        WorkOrderPriority.High => "High",
        WorkOrderPriority.Urgent => "Urgent",
        _ => priority.ToString(),
    };

    public static string Of(WorkOrderSource source) => source switch
    {
        WorkOrderSource.Request => "Request",
        WorkOrderSource.Preventive => "Preventive plan",
        WorkOrderSource.Inspection => "Failed inspection",
        WorkOrderSource.Manual => "Raised by a manager",
        _ => source.ToString(),
    };

    public static string Of(EquipmentStatus status) => status switch
    {
        EquipmentStatus.Operational => "Operational",
        EquipmentStatus.Down => "Down",
        EquipmentStatus.Retired => "Retired",
        _ => status.ToString(),
    };

    public static string Of(DayOfWeek day) => day.ToString();

    public static string Of(DueMode mode) => mode switch
    {
        DueMode.Fixed => "Fixed schedule",
        DueMode.Floating => "After the last completion",
        _ => mode.ToString(),
    };

    public static string Of(IntervalUnit unit) => unit switch
    {
        IntervalUnit.Days => "Days",
        IntervalUnit.Weeks => "Weeks",
        IntervalUnit.Months => "Months",
        _ => unit.ToString(),
    };

    /// <summary>"Every day", "Every 2 weeks".</summary>
    public static string Every(int count, IntervalUnit unit)
    {
        var word = unit switch { IntervalUnit.Days => "day", IntervalUnit.Weeks => "week", _ => "month" };
        return count == 1 ? $"Every {word}" : $"Every {count} {word}s";
    }

    /// <summary>A skill level as people say it: 1 basic … 5 expert.</summary>
    public static string SkillLevel(int level) => level switch
    {
        1 => "1 · basic",
        2 => "2 · working",
        3 => "3 · skilled",
        4 => "4 · advanced",
        5 => "5 · expert",
        _ => level.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };

    public static Color ColorOf(WorkOrderStatus status) => status switch
    {
        WorkOrderStatus.Requested => Color.Default,
        WorkOrderStatus.Open => Color.Info,
        WorkOrderStatus.Assigned => Color.Primary,
        WorkOrderStatus.InProgress => Color.Warning,
        WorkOrderStatus.OnHold => Color.Secondary,
        WorkOrderStatus.Completed => Color.Success,
        WorkOrderStatus.Closed => Color.Dark,
        WorkOrderStatus.Cancelled => Color.Error,
        _ => Color.Default,
    };

    public static Color ColorOf(WorkOrderPriority priority) => priority switch
    {
        WorkOrderPriority.Urgent => Color.Error,
        WorkOrderPriority.High => Color.Warning,
        WorkOrderPriority.Medium => Color.Info,
        _ => Color.Default,
    };

    public static Color ColorOf(EquipmentStatus status) => status switch
    {
        EquipmentStatus.Operational => Color.Success,
        EquipmentStatus.Down => Color.Error,
        _ => Color.Default,
    };
}
