namespace OpsPlatform.Modules.Psa.Time;

internal enum TimeEntryStatus
{
    Draft,
    Submitted,
    Approved,
    Rejected,
}
