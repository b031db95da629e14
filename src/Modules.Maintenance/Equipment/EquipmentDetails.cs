namespace OpsPlatform.Modules.Maintenance.Equipment;

internal sealed record EquipmentDetails(
    Guid Id,
    string Name,
    string Type,
    string SerialNumber,
    string Location,
    EquipmentStatus Status,
    Guid? SiteId,
    int Version,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt)
{
    public static EquipmentDetails From(Equipment e) =>
        new(e.Id, e.Name, e.Type, e.SerialNumber, e.Location, e.Status, e.SiteId, e.Version, e.CreatedAt, e.UpdatedAt);
}
