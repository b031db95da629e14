namespace OpsPlatform.Modules.ItAssets.Hardware;

/// <summary>The condition of a piece of hardware, beside its stage: only a ready one can be checked out.</summary>
internal enum HardwareStatus
{
    Ready,
    Pending,
    Broken,
    Lost,
}
