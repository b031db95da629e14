using OpsPlatform.Modules.Maintenance.Technicians;
using OpsPlatform.Modules.Maintenance.WorkOrders;
using OpsPlatform.Shared.Kernel.Domain;
using OpsPlatform.Shared.Kernel.Persistence;

namespace OpsPlatform.Modules.Maintenance.Schedules;

/// <summary>
/// A technician booked on a work order from <see cref="StartsAt"/> to <see cref="EndsAt"/>. Booking someone twice
/// at once (409), outside their hours or on a day away, or without a required skill (422) is refused unless a
/// manager overrides; the override and its reasons are kept.
/// </summary>
internal sealed class ScheduleEntry : AggregateRoot
{
    private ScheduleEntry() { }

    public Guid WorkOrderId { get; private init; }
    public Guid TechnicianId { get; private init; }
    public DateTimeOffset StartsAt { get; private init; }
    public DateTimeOffset EndsAt { get; private init; }
    public Guid BookedBy { get; private init; }
    public Guid? OverriddenBy { get; private init; }
    public string? OverrideReasons { get; private init; }

    public double Hours => (EndsAt - StartsAt).TotalHours;

    public static ScheduleEntry Book(
        WorkOrder workOrder, Technician technician, DateTimeOffset startsAt, DateTimeOffset endsAt,
        IReadOnlyList<ScheduleEntry> overlapping, Guid actor, bool overrideChecks)
    {
        if (workOrder.IsFinished)
            throw new ConflictException($"A work order in status '{EnumText<WorkOrderStatus>.ToText(workOrder.Status)}' cannot be scheduled any more.");
        if (!technician.Active)
            throw new DomainRuleViolation($"Technician '{technician.Name}' is inactive.", "technicianId");

        var missing = technician.MissingSkills(workOrder.RequiredSkills);
        var skillProblem = missing.Count == 0 ? null : $"{technician.Name} lacks the required skill(s) {string.Join(", ", missing)}.";
        var availabilityProblem = technician.WhyUnavailable(startsAt, endsAt);
        var bookingProblem = overlapping.Count == 0
            ? null
            : $"{technician.Name} is already booked then ({string.Join(", ", overlapping.Select(e => $"{e.StartsAt:u} to {e.EndsAt:u}"))}).";
        string[] problems = [.. new[] { bookingProblem, availabilityProblem, skillProblem }.OfType<string>()];

        if (problems.Length > 0 && !overrideChecks)
        {
            const string hint = " A manager may book anyway with \"override\": true.";
            if (bookingProblem is not null)
                throw new ConflictException(bookingProblem + hint,
                    new Dictionary<string, string[]> { ["startsAt"] = [bookingProblem] },
                    new Dictionary<string, object?> { ["conflictingEntries"] = overlapping.Select(e => e.Id).ToArray() });
            throw availabilityProblem is not null
                ? new DomainRuleViolation(availabilityProblem + hint, "startsAt")
                : new DomainRuleViolation(skillProblem + hint, "technicianId");
        }

        return new ScheduleEntry
        {
            WorkOrderId = workOrder.Id,
            TechnicianId = technician.Id,
            StartsAt = startsAt.ToUniversalTime(),
            EndsAt = endsAt.ToUniversalTime(),
            BookedBy = actor,
            OverriddenBy = problems.Length > 0 ? actor : null,
            OverrideReasons = problems.Length > 0 ? string.Join(" ", problems) : null,
        };
    }
}
