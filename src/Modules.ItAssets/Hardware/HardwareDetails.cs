namespace OpsPlatform.Modules.ItAssets.Hardware;

internal sealed record HardwareDetails(
    Guid Id,
    string AssetTag,
    string Name,
    HardwareCategory Category,
    string? SerialNumber,
    HardwareStatus Status,
    Guid? AssignedTo,
    DateOnly? PurchasedOn,
    decimal? PurchaseCost,
    DateOnly? WarrantyEndsOn,
    int Version,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt)
{
    public static HardwareDetails From(HardwareAsset h) => new(
        h.Id, h.AssetTag, h.Name, h.Category, h.SerialNumber, h.Status, h.AssignedTo,
        h.PurchasedOn, h.PurchaseCost, h.WarrantyEndsOn, h.Version, h.CreatedAt, h.UpdatedAt);
}
