namespace OpsPlatform.Modules.ItAssets.MaintenanceRecords;

internal enum MaintenanceKind
{
    Repair,
    Upgrade,
    Inspection,
}
