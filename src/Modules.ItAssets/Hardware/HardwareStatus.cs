namespace OpsPlatform.Modules.ItAssets.Hardware;

internal enum HardwareStatus
{
    InStock,
    Assigned,
    InRepair,
    Retired,
}
