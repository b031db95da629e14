namespace OpsPlatform.Modules.Janitorial.Sites.GetSiteScorecard;

/// <summary>What the scorecard's SQL reads: the documents' tables and their duplicated columns (each with an index).</summary>
internal static class ScorecardSql
{
    public const string Inspections = $"{JanitorialModule.Schema}.mt_doc_site_inspection";
    public const string Schedules = $"{JanitorialModule.Schema}.mt_doc_cleaning_schedule";
}
