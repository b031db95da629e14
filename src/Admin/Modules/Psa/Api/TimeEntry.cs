namespace OpsPlatform.Admin.Modules.Psa.Api;

public enum TimeEntryStatus { Draft, Submitted, Approved, Rejected }

public sealed record TimeEntry(
    Guid Id, Guid UserId, Guid ProjectId, Guid? TaskId, DateOnly Date, DateOnly WeekStart, int Minutes, string Note, bool Billable,
    TimeEntryStatus Status, Guid? DecidedBy, DateTimeOffset? DecidedAt, string? RejectionReason, int Version);

public sealed record WeekDecision(Guid ProjectId, Guid UserId, DateOnly WeekStart, TimeEntryStatus Status, int Entries, int Minutes);
