using Marten;
using OpsPlatform.Modules.Janitorial.Contracts;
using OpsPlatform.Modules.Janitorial.Persistence;
using OpsPlatform.Shared.Kernel.Domain;
using OpsPlatform.Shared.Kernel.Persistence;

namespace OpsPlatform.Modules.Janitorial.Schedules;

/// <summary>
/// Books crew members without double-booking them: every check takes the crew member's advisory lock first (which
/// begins the unit of work's transaction), so two concurrent plans cannot both pass it; the caller's one
/// <c>SaveChangesAsync</c> commits the booking and releases the lock.
/// </summary>
internal static class CrewCalendar
{
    /// <summary>Adds a new plan's occurrences and records <see cref="CleaningScheduled"/>; the caller saves.</summary>
    public static async Task BookAsync(this JanitorialSession db, IReadOnlyList<CleaningSchedule> plan, CancellationToken cancellationToken)
    {
        var first = plan[0];
        await db.EnsureFreeAsync(first.AssignedTo, plan.Select(s => s.Slot).ToList(), except: null, cancellationToken);
        foreach (var occurrence in plan) db.Insert(occurrence);
        db.Publish(new CleaningScheduled(Guid.CreateVersion7(), db.Time.GetUtcNow(), first.Id, first.SiteId, first.AssignedTo,
            first.ServiceDate, first.StartTime, first.EndTime, EnumText<Frequency>.ToText(first.Frequency), first.SourceWorkOrderId,
            [first.AssignedTo], first.SeriesId, plan.Count, plan[^1].ServiceDate));
    }

    /// <summary>Refuses (409) when any slot overlaps a booking of the crew member that is not cancelled.</summary>
    public static async Task EnsureFreeAsync(this JanitorialSession db, Guid assignee, IReadOnlyList<CleaningSlot> slots, Guid? except, CancellationToken cancellationToken)
    {
        var clashes = await db.ClashesAsync(assignee, slots, except, cancellationToken);
        if (clashes.Count == 0) return;

        var c = clashes[0];
        throw new ConflictException(
            $"The crew member is already booked on {c.ServiceDate:yyyy-MM-dd} {c.StartTime:HH\\:mm}-{c.EndTime:HH\\:mm} (schedule {c.Id})" +
            (clashes.Count > 1 ? $" and {clashes.Count - 1} more time(s) in this plan." : "."),
            new Dictionary<string, string[]> { ["assignedTo"] = ["is double-booked at an overlapping time."] },
            new Dictionary<string, object?> { ["conflictingScheduleIds"] = clashes.Select(x => x.Id).Take(20).ToArray() });
    }

    /// <summary>The crew member's bookings (not cancelled) that overlap any of the slots, earliest first.</summary>
    public static async Task<IReadOnlyList<CleaningSchedule>> ClashesAsync(this JanitorialSession db, Guid assignee, IReadOnlyList<CleaningSlot> slots, Guid? except, CancellationToken cancellationToken)
    {
        await db.LockAsync(JanitorialLocks.Crew(assignee), cancellationToken);
        var from = slots.Min(s => s.StartsAt);
        var to = slots.Max(s => s.EndsAt);
        // A booking lies within one day, so one that overlaps starts after from - 1 day: the index range stays short.
        var earliestStart = from.AddDays(-1);
        var other = except ?? Guid.Empty;
        var booked = await db.Documents.Query<CleaningSchedule>()
            .Where(s => s.AssignedTo == assignee && s.StartsAt > earliestStart && s.StartsAt < to && s.EndsAt > from && s.Status != ScheduleStatus.Cancelled && s.Id != other)
            .ToListAsync(cancellationToken);
        return booked.Where(b => slots.Any(slot => slot.Overlaps(b.StartsAt, b.EndsAt))).OrderBy(b => b.StartsAt).ToList();
    }
}
