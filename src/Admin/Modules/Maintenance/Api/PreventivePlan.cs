namespace OpsPlatform.Admin.Modules.Maintenance.Api;

public enum IntervalUnit
{
    Days,
    Weeks,
    Months,
}

/// <summary>Fixed: every interval from the schedule. Floating: one interval after the last completion.</summary>
public enum DueMode
{
    Fixed,
    Floating,
}

public sealed record PreventivePlan(
    Guid Id,
    Guid EquipmentId,
    string Title,
    string Description,
    WorkOrderPriority Priority,
    string[] RequiredSkills,
    int IntervalCount,
    IntervalUnit IntervalUnit,
    DueMode Mode,
    int LeadTimeDays,
    DateTimeOffset FirstDueAt,
    DateTimeOffset? NextDueAt,
    DateTimeOffset? RaisesAt,
    DateTimeOffset? LastRaisedDueAt,
    DateTimeOffset? LastCompletedAt,
    bool Active,
    Guid CreatedBy,
    int Version,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt);
