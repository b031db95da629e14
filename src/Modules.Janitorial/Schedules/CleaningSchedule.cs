using OpsPlatform.Modules.Janitorial.Contracts;
using OpsPlatform.Modules.Janitorial.Sites;
using OpsPlatform.Shared.Kernel.Domain;
using OpsPlatform.Shared.Kernel.Persistence;

namespace OpsPlatform.Modules.Janitorial.Schedules;

/// <summary>
/// One cleaning occurrence at a site by one crew member. A recurring plan is a series of these (same
/// <see cref="SeriesId"/>), so each occurrence keeps its own status.
/// </summary>
internal sealed class CleaningSchedule : AggregateRoot
{
    private static readonly Dictionary<ScheduleStatus, ScheduleStatus[]> Transitions = new()
    {
        [ScheduleStatus.Scheduled] = [ScheduleStatus.InProgress, ScheduleStatus.Cancelled],
        [ScheduleStatus.InProgress] = [ScheduleStatus.Completed, ScheduleStatus.Cancelled],
        [ScheduleStatus.Completed] = [],
        [ScheduleStatus.Missed] = [],
        [ScheduleStatus.Cancelled] = [],
    };

    private CleaningSchedule() { }

    public Guid SeriesId { get; private init; }
    public Guid SiteId { get; private init; }
    public Guid AssignedTo { get; private set; }
    public DateOnly ServiceDate { get; private set; }
    public TimeOnly StartTime { get; private set; }
    public TimeOnly EndTime { get; private set; }
    public DateTimeOffset StartsAt { get; private set; }
    public DateTimeOffset EndsAt { get; private set; }
    public Frequency Frequency { get; private init; }
    public DateOnly? RepeatUntil { get; private init; }
    public ScheduleStatus Status { get; private set; }
    public string? Notes { get; private set; }
    public Guid? SourceWorkOrderId { get; private init; }

    /// <summary>Every occurrence of a new plan, after checking the site takes cleanings and the assignee works there.</summary>
    public static IReadOnlyList<CleaningSchedule> Plan(ClientSite site, Guid assignedTo, DateOnly serviceDate, TimeOnly startTime, TimeOnly endTime,
        Frequency frequency, DateOnly? repeatUntil, string? notes, Guid? sourceWorkOrderId = null)
    {
        site.EnsureActive();
        EnsureCrewMember(site, assignedTo);
        EnsureTimes(startTime, endTime);
        var seriesId = Guid.CreateVersion7();
        return Recurrence.Dates(serviceDate, frequency, repeatUntil)
            .Select(date => CleaningSlot.At(date, startTime, endTime, site.TimeZone))
            .Select(slot => new CleaningSchedule
            {
                SeriesId = seriesId,
                SiteId = site.Id,
                AssignedTo = assignedTo,
                ServiceDate = slot.ServiceDate,
                StartTime = slot.StartTime,
                EndTime = slot.EndTime,
                StartsAt = slot.StartsAt,
                EndsAt = slot.EndsAt,
                Frequency = frequency,
                RepeatUntil = frequency == Frequency.Once ? null : repeatUntil,
                Status = ScheduleStatus.Scheduled,
                Notes = notes?.Trim(),
                SourceWorkOrderId = sourceWorkOrderId,
            })
            .ToList();
    }

    /// <summary>Moves or reassigns this occurrence; only one that has not started may change.</summary>
    public void Reschedule(ClientSite site, Guid assignedTo, DateOnly serviceDate, TimeOnly startTime, TimeOnly endTime, string? notes)
    {
        if (Status != ScheduleStatus.Scheduled)
            throw new ConflictException($"Only a scheduled cleaning can be moved; this one is {EnumText<ScheduleStatus>.ToText(Status)}.",
                new Dictionary<string, string[]> { ["status"] = [$"is {EnumText<ScheduleStatus>.ToText(Status)}"] });
        EnsureCrewMember(site, assignedTo);
        EnsureTimes(startTime, endTime);
        var slot = CleaningSlot.At(serviceDate, startTime, endTime, site.TimeZone);
        AssignedTo = assignedTo;
        ServiceDate = slot.ServiceDate;
        StartTime = slot.StartTime;
        EndTime = slot.EndTime;
        StartsAt = slot.StartsAt;
        EndsAt = slot.EndsAt;
        Notes = notes?.Trim();
    }

    public CleaningSlot Slot => new(ServiceDate, StartTime, EndTime, StartsAt, EndsAt);

    /// <summary>A status change by the crew or a manager; <c>missed</c> is set only by the missed-occurrence job.</summary>
    public void ChangeStatus(ScheduleStatus to)
    {
        var allowed = Transitions[Status];
        if (!allowed.Contains(to))
            throw new ConflictException(
                $"A {EnumText<ScheduleStatus>.ToText(Status)} cleaning cannot become {EnumText<ScheduleStatus>.ToText(to)}." +
                (allowed.Length == 0 ? " It is final." : $" Allowed: {string.Join(", ", allowed.Select(EnumText<ScheduleStatus>.ToText))}."),
                new Dictionary<string, string[]> { ["status"] = [$"'{EnumText<ScheduleStatus>.ToText(to)}' is not allowed from '{EnumText<ScheduleStatus>.ToText(Status)}'."] },
                new Dictionary<string, object?> { ["allowedStatuses"] = allowed.Select(EnumText<ScheduleStatus>.ToText).ToArray() });
        Status = to;
    }

    /// <summary>Set only by the missed-occurrence job, on an occurrence still waiting to start after its end.</summary>
    public void MarkMissed() => Status = ScheduleStatus.Missed;

    public ScheduleStatusChanged StatusChanged(ScheduleStatus from, Guid changedBy, IReadOnlyList<Guid> audience, DateTimeOffset now) =>
        new(Guid.CreateVersion7(), now, Id, SiteId, AssignedTo, ServiceDate, EnumText<ScheduleStatus>.ToText(from),
            EnumText<ScheduleStatus>.ToText(Status), changedBy, audience.Distinct().ToList());

    private static void EnsureCrewMember(ClientSite site, Guid assignedTo)
    {
        if (!site.Members.Any(m => m.UserId == assignedTo && m.Role == SiteRole.Technician))
            throw new DomainRuleViolation("The assignee must be a technician assigned to this site.", "assignedTo");
    }

    private static void EnsureTimes(TimeOnly startTime, TimeOnly endTime)
    {
        if (endTime <= startTime) throw new DomainRuleViolation("'endTime' must be after 'startTime' (same day).", "endTime");
    }
}
