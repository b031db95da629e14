namespace OpsPlatform.Modules.Maintenance.Equipment;

internal enum EquipmentStatus
{
    Operational,
    Down,
    Retired,
}
