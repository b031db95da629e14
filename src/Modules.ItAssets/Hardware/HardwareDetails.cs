namespace OpsPlatform.Modules.ItAssets.Hardware;

internal sealed record HardwareDetails(
    Guid Id,
    string AssetTag,
    string Name,
    string? Model,
    string? Manufacturer,
    HardwareCategory Category,
    string? SerialNumber,
    string? Location,
    DateOnly? PurchasedOn,
    decimal? PurchaseCost,
    string? Supplier,
    DateOnly? WarrantyEndsOn,
    string? Notes,
    LifecycleStage Stage,
    HardwareStatus Status,
    Guid? AssignedTo,
    string? AssignedLocation,
    Guid? OpenAssignmentId,
    int Version,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt)
{
    public static HardwareDetails From(HardwareAsset h) => new(
        h.Id, h.AssetTag, h.Name, h.Model, h.Manufacturer, h.Category, h.SerialNumber, h.Location, h.PurchasedOn, h.PurchaseCost,
        h.Supplier, h.WarrantyEndsOn, h.Notes, h.Stage, h.Status, h.AssignedTo, h.AssignedLocation, h.OpenAssignmentId,
        h.Version, h.CreatedAt, h.UpdatedAt);
}
