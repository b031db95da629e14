using OpsPlatform.Shared.Kernel.Domain;

namespace OpsPlatform.Modules.Psa.Time;

/// <summary>
/// Time a person spent on a project (and optionally one of its tasks) on a day. Drafts and rejected entries can be
/// changed by their author; a submitted week waits for the project owner's decision; approved entries are locked.
/// </summary>
internal sealed class TimeEntry : AggregateRoot
{
    public const int MaxMinutesPerDay = 24 * 60;

    private TimeEntry() { }

    public Guid UserId { get; private set; }
    public Guid ProjectId { get; private set; }
    public Guid? TaskId { get; private set; }
    public DateOnly Date { get; private set; }
    public DateOnly WeekStart { get; private set; }
    public int Minutes { get; private set; }
    public string Note { get; private set; } = "";
    public bool Billable { get; private set; }
    public TimeEntryStatus Status { get; private set; }
    public Guid? DecidedBy { get; private set; }
    public DateTimeOffset? DecidedAt { get; private set; }
    public string? RejectionReason { get; private set; }

    public static TimeEntry Log(Guid userId, Guid projectId, Guid? taskId, DateOnly date, int minutes, string? note, bool billable) => new()
    {
        UserId = userId,
        ProjectId = projectId,
        TaskId = taskId,
        Date = date,
        WeekStart = Weeks.StartOf(date),
        Minutes = minutes,
        Note = note?.Trim() ?? "",
        Billable = billable,
        Status = TimeEntryStatus.Draft,
    };

    /// <summary>A rejected entry that is corrected becomes a draft again, to be submitted with its week.</summary>
    public void Correct(Guid? taskId, DateOnly date, int minutes, string? note, bool billable)
    {
        EnsureEditable();
        TaskId = taskId;
        Date = date;
        WeekStart = Weeks.StartOf(date);
        Minutes = minutes;
        Note = note?.Trim() ?? "";
        Billable = billable;
        Status = TimeEntryStatus.Draft;
        RejectionReason = null;
    }

    public void EnsureEditable()
    {
        if (Status is TimeEntryStatus.Submitted or TimeEntryStatus.Approved)
            throw new ConflictException(Status == TimeEntryStatus.Approved
                    ? "This time entry is approved and locked."
                    : "This time entry is submitted and waits for the project owner's decision; it can change once rejected.",
                new Dictionary<string, string[]> { ["status"] = [$"Entries that are {(Status == TimeEntryStatus.Approved ? "approved" : "submitted")} cannot change."] });
    }

    public bool IsOpen => Status is TimeEntryStatus.Draft or TimeEntryStatus.Rejected;

    public void Submit() => Status = TimeEntryStatus.Submitted;

    public void Approve(Guid by, DateTimeOffset now)
    {
        Status = TimeEntryStatus.Approved;
        DecidedBy = by;
        DecidedAt = now;
    }

    public void Reject(Guid by, DateTimeOffset now, string reason)
    {
        Status = TimeEntryStatus.Rejected;
        DecidedBy = by;
        DecidedAt = now;
        RejectionReason = reason.Trim();
    }
}
