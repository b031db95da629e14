namespace OpsPlatform.Modules.ItAssets.Hardware.ListHardware;

internal sealed record HardwareSummary(Guid Id, string AssetTag, string Name, HardwareCategory Category, HardwareStatus Status, Guid? AssignedTo, DateOnly? WarrantyEndsOn);
