namespace OpsPlatform.Modules.ItAssets.Hardware;

/// <summary>What a person fills in about a piece of hardware (registration and update alike).</summary>
internal sealed record HardwareFields(
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
    string? Notes);
