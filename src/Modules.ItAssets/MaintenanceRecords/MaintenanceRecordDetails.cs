namespace OpsPlatform.Modules.ItAssets.MaintenanceRecords;

internal sealed record MaintenanceRecordDetails(
    Guid Id, Guid HardwareId, string AssetTag, MaintenanceKind Kind, DateOnly PerformedOn, string Details, decimal? Cost, string? Vendor,
    Guid RecordedBy, MaintenanceRecordStatus Status, Guid? WorkOrderId, DateTimeOffset? CompletedAt, DateTimeOffset CreatedAt)
{
    public static MaintenanceRecordDetails From(ItMaintenanceRecord r) => new(
        r.Id, r.HardwareId, r.AssetTag, r.Kind, r.PerformedOn, r.Details, r.Cost, r.Vendor, r.RecordedBy, r.Status, r.WorkOrderId, r.CompletedAt, r.CreatedAt);
}
