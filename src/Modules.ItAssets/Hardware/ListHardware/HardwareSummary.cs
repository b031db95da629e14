namespace OpsPlatform.Modules.ItAssets.Hardware.ListHardware;

internal sealed record HardwareSummary(
    Guid Id, string AssetTag, string Name, string? Model, HardwareCategory Category, LifecycleStage Stage, HardwareStatus Status,
    string? Location, Guid? AssignedTo, string? AssignedLocation, DateOnly? WarrantyEndsOn);
