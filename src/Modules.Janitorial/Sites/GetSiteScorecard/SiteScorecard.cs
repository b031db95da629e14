namespace OpsPlatform.Modules.Janitorial.Sites.GetSiteScorecard;

/// <summary>A site's inspection results and missed cleanings for a date range, month by month (empty months included).</summary>
internal sealed record SiteScorecard(
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
