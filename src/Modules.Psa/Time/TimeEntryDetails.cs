namespace OpsPlatform.Modules.Psa.Time;

internal sealed record TimeEntryDetails(
    Guid Id, Guid UserId, Guid ProjectId, Guid? TaskId, DateOnly Date, DateOnly WeekStart, int Minutes, string Note, bool Billable,
    TimeEntryStatus Status, Guid? DecidedBy, DateTimeOffset? DecidedAt, string? RejectionReason, int Version)
{
    public static TimeEntryDetails From(TimeEntry e) => new(
        e.Id, e.UserId, e.ProjectId, e.TaskId, e.Date, e.WeekStart, e.Minutes, e.Note, e.Billable, e.Status, e.DecidedBy, e.DecidedAt,
        e.RejectionReason, e.Version);
}
