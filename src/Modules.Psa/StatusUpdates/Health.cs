namespace OpsPlatform.Modules.Psa.StatusUpdates;

internal enum Health
{
    OnTrack,
    AtRisk,
    OffTrack,
}
