namespace OpsPlatform.Modules.Maintenance.Equipment.ListEquipment;

internal sealed record EquipmentSummary(Guid Id, string Name, string Type, string SerialNumber, string Location, EquipmentStatus Status, Guid? SiteId);
