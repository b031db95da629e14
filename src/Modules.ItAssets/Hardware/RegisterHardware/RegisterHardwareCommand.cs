using OpsPlatform.Shared.Kernel.Cqrs;

namespace OpsPlatform.Modules.ItAssets.Hardware.RegisterHardware;

internal sealed record RegisterHardwareCommand(
    string AssetTag,
    string Name,
    HardwareCategory? Category,
    string? SerialNumber,
    Guid? AssignedTo,
    DateOnly? PurchasedOn,
    decimal? PurchaseCost,
    DateOnly? WarrantyEndsOn) : ICommand<HardwareDetails>;
