using OpsPlatform.Admin.Modules.Maintenance.Api;

namespace OpsPlatform.Admin.Modules.Maintenance.Plans;

/// <summary>What the plan form holds while it is edited. Nothing is checked here: the API names the fields it refuses.</summary>
public sealed class PlanDraft
{
    public Guid? EquipmentId { get; set; }
    public string? Title { get; set; }
    public string? Description { get; set; }
    public WorkOrderPriority? Priority { get; set; } = WorkOrderPriority.Medium;
    public string? RequiredSkills { get; set; }
    public int? IntervalCount { get; set; } = 1;
    public IntervalUnit? IntervalUnit { get; set; } = Api.IntervalUnit.Months;
    public DueMode? Mode { get; set; } = DueMode.Fixed;
    public int? LeadTimeDays { get; set; } = 7;
    public DateTime? FirstDueDate { get; set; }
    public TimeSpan? FirstDueTime { get; set; } = new(8, 0, 0);
    public bool Active { get; set; } = true;

    public static PlanDraft From(PreventivePlan plan, TimeZoneInfo zone)
    {
        var firstDue = TimeZoneInfo.ConvertTime(plan.FirstDueAt, zone);
        return new PlanDraft
        {
            EquipmentId = plan.EquipmentId,
            Title = plan.Title,
            Description = plan.Description,
            Priority = plan.Priority,
            RequiredSkills = string.Join(", ", plan.RequiredSkills),
            IntervalCount = plan.IntervalCount,
            IntervalUnit = plan.IntervalUnit,
            Mode = plan.Mode,
            LeadTimeDays = plan.LeadTimeDays,
            FirstDueDate = firstDue.Date,
            FirstDueTime = firstDue.TimeOfDay,
            Active = plan.Active,
        };
    }

    /// <summary>Skills typed as a comma-separated list.</summary>
    public IReadOnlyList<string> Skills =>
        (RequiredSkills ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList();

    /// <summary>The first due date and time as typed, in the viewer's zone; null until a date is picked.</summary>
    public DateTimeOffset? FirstDueAt(TimeZoneInfo zone)
    {
        if (FirstDueDate is not { } date) return null;
        var local = DateTime.SpecifyKind(date.Date + (FirstDueTime ?? TimeSpan.Zero), DateTimeKind.Unspecified);
        while (zone.IsInvalidTime(local)) local = local.AddHours(1);
        return new DateTimeOffset(local, zone.GetUtcOffset(local));
    }

    public PlanRequest ToCreateRequest(TimeZoneInfo zone) =>
        new(EquipmentId, Title, Description, Priority, Skills, IntervalCount, IntervalUnit, Mode, LeadTimeDays, FirstDueAt(zone), null, null);

    public PlanRequest ToUpdateRequest(TimeZoneInfo zone, int version) =>
        new(null, Title, Description, Priority, Skills, IntervalCount, IntervalUnit, Mode, LeadTimeDays, FirstDueAt(zone), Active, version);

    /// <summary>Pausing or resuming sends the plan back as it is, with only <c>active</c> changed.</summary>
    public static PlanRequest Toggle(PreventivePlan plan) =>
        new(null, plan.Title, plan.Description, plan.Priority, plan.RequiredSkills, plan.IntervalCount, plan.IntervalUnit, plan.Mode, plan.LeadTimeDays,
            plan.FirstDueAt, !plan.Active, plan.Version);
}
