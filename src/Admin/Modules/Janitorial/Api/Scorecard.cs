namespace OpsPlatform.Admin.Modules.Janitorial.Api;

public sealed record Scorecard(
    Guid SiteId,
    string SiteCode,
    string SiteName,
    int PassThreshold,
    DateOnly From,
    DateOnly To,
    int Inspections,
    double? AverageScore,
    int FailedInspections,
    int MissedSchedules,
    IReadOnlyList<MonthlyScore> Months);

/// <summary><see cref="Month"/> is "yyyy-MM".</summary>
public sealed record MonthlyScore(string Month, int Inspections, double? AverageScore, int FailedInspections, int MissedSchedules);
