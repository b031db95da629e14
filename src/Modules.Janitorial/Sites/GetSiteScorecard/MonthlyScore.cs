namespace OpsPlatform.Modules.Janitorial.Sites.GetSiteScorecard;

/// <summary>One month of a scorecard; <see cref="Month"/> is "yyyy-MM".</summary>
internal sealed record MonthlyScore(string Month, int Inspections, double? AverageScore, int FailedInspections, int MissedSchedules);
