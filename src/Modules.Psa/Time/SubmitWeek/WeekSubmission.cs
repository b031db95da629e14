namespace OpsPlatform.Modules.Psa.Time.SubmitWeek;

internal sealed record WeekSubmission(DateOnly WeekStart, int Entries, int Minutes);
