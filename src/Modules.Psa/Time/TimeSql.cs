namespace OpsPlatform.Modules.Psa.Time;

/// <summary>What the time reports' SQL reads: the entries' table and its duplicated columns (each filter indexed).</summary>
internal static class TimeSql
{
    public const string Entries = $"{PsaModule.Schema}.mt_doc_time_entry";
}
