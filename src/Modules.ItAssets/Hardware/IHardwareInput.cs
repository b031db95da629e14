namespace OpsPlatform.Modules.ItAssets.Hardware;

/// <summary>The fields a registration and an update share, so that both validate and apply them the same way.</summary>
internal interface IHardwareInput
{
    string AssetTag { get; }
    string Name { get; }
    string? Model { get; }
    string? Manufacturer { get; }
    HardwareCategory? Category { get; }
    string? SerialNumber { get; }
    string? Location { get; }
    DateOnly? PurchasedOn { get; }
    decimal? PurchaseCost { get; }
    string? Supplier { get; }
    DateOnly? WarrantyEndsOn { get; }
    string? Notes { get; }
}
