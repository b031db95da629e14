namespace OpsPlatform.Modules.ItAssets.Hardware;

internal enum HardwareChangeKind
{
    Registered,
    StageChanged,
    StatusChanged,
    CheckedOut,
    CheckedIn,
}
