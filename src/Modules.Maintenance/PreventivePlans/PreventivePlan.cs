using OpsPlatform.Modules.Maintenance.WorkOrders;
using OpsPlatform.Shared.Kernel.Domain;

namespace OpsPlatform.Modules.Maintenance.PreventivePlans;

/// <summary>
/// Recurring maintenance on a piece of equipment: a work order template, an interval (every N days, weeks or
/// months), a due mode and a lead time. Each occurrence raises one work order <see cref="LeadTimeDays"/> before it is
/// due. Fixed plans advance from the schedule (occurrences missed while nothing ran are skipped, not raised late one
/// by one); floating plans wait for the raised work order to be completed (or cancelled) and fall due one interval later.
/// </summary>
internal sealed class PreventivePlan : AggregateRoot
{
    private PreventivePlan() { }

    public Guid EquipmentId { get; private init; }
    public string Title { get; private set; } = "";
    public string Description { get; private set; } = "";
    public WorkOrderPriority Priority { get; private set; }
    public string[] RequiredSkills { get; private set; } = [];
    public int IntervalCount { get; private set; }
    public IntervalUnit IntervalUnit { get; private set; }
    public DueMode Mode { get; private set; }
    public int LeadTimeDays { get; private set; }
    public DateTimeOffset FirstDueAt { get; private set; }
    public DateTimeOffset? NextDueAt { get; private set; }
    public DateTimeOffset? RaisesAt { get; private set; }
    public DateTimeOffset? LastRaisedDueAt { get; private set; }
    public DateTimeOffset? LastCompletedAt { get; private set; }
    public bool AwaitingCompletion { get; private set; }
    public bool Active { get; private set; }
    public Guid CreatedBy { get; private init; }

    /// <summary>The key of this plan's one pending scheduled occurrence.</summary>
    public string ScheduleKey => $"pm-due:{Id}";

    public static PreventivePlan Create(
        Guid equipmentId, string title, string description, WorkOrderPriority priority, IEnumerable<string> requiredSkills,
        int intervalCount, IntervalUnit intervalUnit, DueMode mode, int leadTimeDays, DateTimeOffset firstDueAt, Guid createdBy, DateTimeOffset now)
    {
        var plan = new PreventivePlan { EquipmentId = equipmentId, CreatedBy = createdBy, Active = true };
        plan.Change(title, description, priority, requiredSkills, intervalCount, intervalUnit, mode, leadTimeDays, firstDueAt, true, now);
        return plan;
    }

    /// <summary>Changes the plan and reschedules it: the next due date is recomputed from the new interval and mode.</summary>
    public void Change(
        string title, string description, WorkOrderPriority priority, IEnumerable<string> requiredSkills,
        int intervalCount, IntervalUnit intervalUnit, DueMode mode, int leadTimeDays, DateTimeOffset firstDueAt, bool active, DateTimeOffset now)
    {
        if (intervalCount < 1) throw new DomainRuleViolation("A plan recurs at least every 1 day, week or month.", "interval");
        var period = Period(intervalCount, intervalUnit, firstDueAt);
        if (leadTimeDays >= period.TotalDays)
            throw new DomainRuleViolation($"The lead time ({leadTimeDays} days) must be shorter than the interval ({period.TotalDays:0} days).", "leadTimeDays");
        Title = title.Trim();
        Description = description.Trim();
        Priority = priority;
        RequiredSkills = requiredSkills.Select(s => s.Trim().ToLowerInvariant()).Where(s => s.Length > 0).Distinct().Order(StringComparer.Ordinal).ToArray();
        IntervalCount = intervalCount;
        IntervalUnit = intervalUnit;
        Mode = mode;
        LeadTimeDays = leadTimeDays;
        // PostgreSQL keeps microseconds: due dates compared with a stored one must not carry finer ticks.
        FirstDueAt = new DateTimeOffset(firstDueAt.UtcTicks - firstDueAt.UtcTicks % 10, TimeSpan.Zero);
        Active = active;
        if (mode == DueMode.Fixed) AwaitingCompletion = false;
        var anchor = mode == DueMode.Fixed ? LastRaisedDueAt : LastCompletedAt ?? LastRaisedDueAt;
        SetNextDue(AwaitingCompletion ? null : anchor is { } last ? SkipMissed(Add(last), now) : FirstDueAt);
    }

    /// <summary>
    /// The occurrence due at <paramref name="dueAt"/> raises its work order now; false when the occurrence is stale (the
    /// plan changed or was deactivated since it was scheduled), in which case nothing is raised.
    /// </summary>
    public bool Raise(DateTimeOffset dueAt, DateTimeOffset now)
    {
        if (!Active || NextDueAt != dueAt) return false;
        LastRaisedDueAt = dueAt;
        if (Mode == DueMode.Floating)
        {
            AwaitingCompletion = true;
            SetNextDue(null);
        }
        else SetNextDue(SkipMissed(Add(dueAt), now));
        return true;
    }

    /// <summary>The work order of the last occurrence was completed or cancelled: a floating plan falls due one interval later.</summary>
    public void WorkOrderFinished(DateTimeOffset at, DateTimeOffset now)
    {
        LastCompletedAt = at;
        if (Mode != DueMode.Floating || !AwaitingCompletion) return;
        AwaitingCompletion = false;
        SetNextDue(SkipMissed(Add(at), now));
    }

    /// <summary>The source reference of the work order an occurrence raises: unique per plan and due date.</summary>
    public string OccurrenceReference(DateTimeOffset dueAt) => $"{Id}/{dueAt.UtcDateTime:yyyy-MM-ddTHH:mm:ssZ}";

    private void SetNextDue(DateTimeOffset? next)
    {
        NextDueAt = next;
        RaisesAt = next?.AddDays(-LeadTimeDays);
    }

    // Occurrences whose raise time has already passed (all hosts down, or a plan changed late) collapse into the next
    // one still ahead; a plan with nothing raised yet keeps its first due date even if it is near.
    private DateTimeOffset SkipMissed(DateTimeOffset next, DateTimeOffset now)
    {
        while (next.AddDays(-LeadTimeDays) <= now && Add(next).AddDays(-LeadTimeDays) <= now) next = Add(next);
        return next;
    }

    private DateTimeOffset Add(DateTimeOffset from) => IntervalUnit switch
    {
        IntervalUnit.Days => from.AddDays(IntervalCount),
        IntervalUnit.Weeks => from.AddDays(7 * IntervalCount),
        _ => from.AddMonths(IntervalCount),
    };

    private static TimeSpan Period(int count, IntervalUnit unit, DateTimeOffset from) => unit switch
    {
        IntervalUnit.Days => TimeSpan.FromDays(count),
        IntervalUnit.Weeks => TimeSpan.FromDays(7 * count),
        _ => from.AddMonths(count) - from,
    };
}
