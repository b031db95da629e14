using OpsPlatform.Shared.Kernel.Cqrs;

namespace OpsPlatform.Modules.ItAssets.Hardware.RegisterHardware;

/// <summary>Register hardware; it starts <c>in_stock</c> and <c>ready</c> unless <see cref="Stage"/> (ordered) or <see cref="Status"/> say otherwise.</summary>
internal sealed record RegisterHardwareCommand(
    string AssetTag,
    string Name,
    string? Model,
    string? Manufacturer,
    HardwareCategory? Category,
    string? SerialNumber,
    string? Location,
    DateOnly? PurchasedOn,
    decimal? PurchaseCost,
    string? Supplier,
    DateOnly? WarrantyEndsOn,
    string? Notes,
    LifecycleStage? Stage,
    HardwareStatus? Status) : ICommand<HardwareDetails>, IHardwareInput;
