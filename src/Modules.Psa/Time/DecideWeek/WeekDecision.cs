namespace OpsPlatform.Modules.Psa.Time.DecideWeek;

internal sealed record WeekDecision(Guid ProjectId, Guid UserId, DateOnly WeekStart, TimeEntryStatus Status, int Entries, int Minutes);
